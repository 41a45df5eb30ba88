/* global HelpDesk */
// The queue stub a vendor pastes before the script tag (docs/embedding.md), here as a file so a page with a strict
// Content-Security-Policy can load it too. Calls made before the bundle has loaded are kept and run in order.
// prettier-ignore
window.HelpDesk=window.HelpDesk||function(){(HelpDesk.q=HelpDesk.q||[]).push(arguments)};
