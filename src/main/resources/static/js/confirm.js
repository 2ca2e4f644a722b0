// Asks before an irreversible form is sent (issue 20): a form, or its submit button,
// with data-confirm="message" is submitted only when window.confirm(message) is accepted.
// One listener on the document (capture phase), so no inline script is needed (CSP
// script-src 'self').
document.addEventListener('submit', function (e) {
  var form = e.target;
  var button = e.submitter;
  var message = (button && button.getAttribute('data-confirm')) || (form && form.getAttribute && form.getAttribute('data-confirm'));
  if (message && !window.confirm(message)) {
    e.preventDefault();
    e.stopImmediatePropagation();
  }
}, true);
