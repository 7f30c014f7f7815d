// Loaded first by a page under test (a classic script, so it runs before any
// module): records CSP violations and uncaught errors in window.results.
window.results = {violations: [], errors: []};
document.addEventListener('securitypolicyviolation', (event) => {
  window.results.violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`);
});
window.addEventListener('error', (event) => window.results.errors.push(String(event.message)));
