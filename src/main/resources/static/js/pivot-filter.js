// The pivot's filter (reports/pivot.html, issue 20 point 6): [data-filter-dim] chooses a
// dimension, [data-filter-value] (named f, values "DIM:value" in one optgroup per dimension)
// then shows only that dimension's values. Choosing a dimension selects its first value;
// "(no filter)" clears f.
(function () {
  var dim = document.querySelector('[data-filter-dim]');
  var value = document.querySelector('[data-filter-value]');
  if (!dim || !value) {
    return;
  }
  function show() {
    var d = dim.value;
    value.querySelectorAll('optgroup, option[data-dim]').forEach(function (g) {
      var mine = g.getAttribute('data-dim') === d;
      g.hidden = !mine;
      g.disabled = !mine;
    });
    value.disabled = !d;
  }
  dim.addEventListener('change', function () {
    show();
    var first = value.querySelector('optgroup[data-dim="' + dim.value + '"] option');
    value.value = first ? first.value : '';
  });
  // a disabled select sends nothing: no filter
  show();
})();
