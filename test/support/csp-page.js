// Runs inside /mock/csp-page, a page served with a strict CSP and Trusted
// Types enforced. Another copy of Lit has taken the `lit-html` policy first;
// then the one-file bundle loads, twice. Results go to window.results.
const results = {violations: [], errors: []};
window.results = results;
document.addEventListener('securitypolicyviolation', (event) => {
  results.violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`);
});
window.addEventListener('error', (event) => results.errors.push(String(event.message)));

try {
  // What another Lit copy on the page does when it loads first.
  if (new URLSearchParams(location.search).has('other-lit')) {
    window.trustedTypes.createPolicy('lit-html', {createHTML: (s) => s});
  }
  await import('/dist/thamm-widgets.js');
  // The slow element is still loading now: its placeholder is on screen. (Read
  // before the second copy loads, which may take longer than its 400 ms.)
  results.states = [...document.querySelectorAll('[state]')].map((el) => el.getAttribute('state'));
  await import('/dist/thamm-widgets.js?copy=2');
  results.loaded = true;
} catch (error) {
  results.errors.push(String(error));
}
