// Loaded first: records every Content-Security-Policy and Trusted Types violation of the page (they fire
// `securitypolicyviolation`, composed, so ones inside shadow roots reach the document too) for scripts/csp-check.mjs.
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', event => {
  window.cspViolations.push({
    directive: event.effectiveDirective || event.violatedDirective,
    blocked: event.blockedURI,
    sample: event.sample,
    source: event.sourceFile ? `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}` : ''
  });
});
