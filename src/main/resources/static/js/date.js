// Issue 20, point 10: one date input everywhere, dd/mm/yyyy whatever the browser's language. A date field is
// <input type="text" data-date placeholder="dd/mm/yyyy">: typing 07122026 gives 07/12/2026 (the slashes come
// by themselves), 7/12/2026 becomes 07/12/2026 on leaving the field, and an impossible day (31/02/2026) is
// marked invalid before the form is sent. The server reads the same rule (shared/web/DayFormatter) and answers
// a bad date with a field error: fragments/page lists the errors ([data-date-error]); each is put here under
// its input, with the text the user had typed.
(function () {
  function pad(n) { return (n.length < 2 ? '0' : '') + n; }

  function valid(v) {
    var m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v);
    if (!m) { return /^\d{4}-\d{2}-\d{2}$/.test(v); }
    var d = +m[1], mo = +m[2], y = +m[3];
    var t = new Date(y, mo - 1, d);
    return t.getFullYear() === y && t.getMonth() === mo - 1 && t.getDate() === d;
  }

  document.addEventListener('input', function (e) {
    var el = e.target;
    if (!el.matches || !el.matches('input[data-date]')) { return; }
    if (e.inputType && e.inputType.indexOf('delete') === 0) { return; }
    var v = el.value;
    if (/^\d{8}$/.test(v)) { el.value = v.slice(0, 2) + '/' + v.slice(2, 4) + '/' + v.slice(4); }
    else if (/^\d{2}$/.test(v) || /^\d{1,2}\/\d{2}$/.test(v)) { el.value = v + '/'; }
    el.setCustomValidity('');
  });

  document.addEventListener('change', function (e) {
    var el = e.target;
    if (!el.matches || !el.matches('input[data-date]')) { return; }
    var v = el.value.trim();
    var m = /^(\d{1,2})[\/.\-](\d{1,2})[\/.\-](\d{4})$/.exec(v);
    if (m) { v = pad(m[1]) + '/' + pad(m[2]) + '/' + m[3]; }
    el.value = v;
    el.setCustomValidity(v === '' || valid(v) ? '' : (el.getAttribute('data-date-invalid') || 'dd/mm/yyyy'));
  });

  function placeErrors() {
    document.querySelectorAll('[data-date-error]').forEach(function (err) {
      var name = err.getAttribute('data-date-error');
      var input = Array.prototype.find.call(document.querySelectorAll('input[data-date]'), function (i) {
        return i.name === name;
      });
      if (!input) { return; }
      if (err.hasAttribute('data-date-value')) { input.value = err.getAttribute('data-date-value'); }
      input.classList.add('is-invalid');
      var box = document.createElement('div');
      box.className = 'invalid-feedback d-block';
      box.setAttribute('data-date-feedback', name);
      box.textContent = err.textContent;
      input.insertAdjacentElement('afterend', box);
      err.remove();
    });
    var all = document.querySelector('[data-date-errors]');
    if (all && !all.querySelector('[data-date-error]')) { all.remove(); }
  }

  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', placeErrors); }
  else { placeErrors(); }
})();
