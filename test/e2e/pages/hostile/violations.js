// Classic script, loaded first: collects every CSP / Trusted Types violation, and the name of every
// Trusted Types policy the page's scripts create, so a test can read them.
window.__violations = [];
window.__policies = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push({
    directive: event.effectiveDirective || event.violatedDirective,
    blockedURI: event.blockedURI,
    sample: event.sample,
    source: event.sourceFile ? `${event.sourceFile}:${event.lineNumber}` : '',
  });
});
if (window.trustedTypes) {
  const factory = window.trustedTypes;
  const createPolicy = factory.createPolicy.bind(factory);
  factory.createPolicy = (name, rules) => {
    window.__policies.push(name);
    return createPolicy(name, rules);
  };
}
