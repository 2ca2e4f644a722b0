// htmx requests carry the CSRF token of the page
document.addEventListener('htmx:configRequest', function (e) {
  var t = document.querySelector('meta[name="_csrf"]');
  var h = document.querySelector('meta[name="_csrf_header"]');
  if (t && h) { e.detail.headers[h.content] = t.content; }
});

// No inline script or handler anywhere (the Content-Security-Policy is script-src 'self'): the pages mark what
// they need with data- attributes, handled here by delegation (so that htmx-loaded fragments work too).

// "In": print the page
document.addEventListener('click', function (e) {
  var b = e.target.closest('[data-print]');
  if (b) { e.preventDefault(); window.print(); }
});

// "Hủy" in a form loaded into the page (the history add, end and delete forms): remove the form
document.addEventListener('click', function (e) {
  var b = e.target.closest('[data-remove-form]');
  if (b) {
    e.preventDefault();
    var f = b.closest('form');
    if (f) { f.remove(); }
  }
});

// the unit tree's expander: gone once its children are loaded, so that they are never added twice
document.addEventListener('htmx:afterRequest', function (e) {
  var b = e.detail.elt;
  if (b && b.hasAttribute && b.hasAttribute('data-remove-after-request') && e.detail.successful) { b.remove(); }
});

// a page that polls a running job (imports/job) reloads once the job has finished, to show its results
(function () {
  var polling = document.querySelector('[data-reload-when-finished]');
  if (!polling) { return; }
  document.addEventListener('htmx:afterSwap', function () {
    if (document.querySelector('[data-finished]')) { window.location.reload(); }
  });
})();

// the course form: the level select (data-levels-select names it) offers only the levels of the chosen kind, each
// option marked with data-kind (training_kind_level); the server checks it again
(function () {
  function follow(kind) {
    var level = document.getElementById(kind.getAttribute('data-levels-select'));
    if (!level) { return; }
    Array.prototype.forEach.call(level.options, function (o) {
      var ok = !o.value || o.getAttribute('data-kind') === kind.value;
      o.hidden = !ok;
      o.disabled = !ok;
    });
    if (level.selectedIndex > 0 && level.options[level.selectedIndex].disabled) { level.value = ''; }
  }
  document.addEventListener('change', function (e) {
    if (e.target.matches && e.target.matches('select[data-levels-select]')) { follow(e.target); }
  });
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('select[data-levels-select]').forEach(follow);
  });
})();
