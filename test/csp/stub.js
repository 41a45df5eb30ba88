/* global HelpDesk */
// The queue stub of docs/embedding.md, as a file (a strict CSP forbids the inline one-liner).
// prettier-ignore
window.HelpDesk=window.HelpDesk||function(){(HelpDesk.q=HelpDesk.q||[]).push(arguments)};
