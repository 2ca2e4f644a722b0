// Charts of the statistics pages: reads data-chart (type bar | stacked | pie | pyramid) from canvas elements.
(function () {
  // numbers in the page's language (<html lang>), not the browser's: 1.759 in vi, 1,759 in en
  var lang = document.documentElement.lang === 'en' ? 'en-US' : 'vi-VN';
  function fmt(n) { return Math.abs(n).toLocaleString(lang); }
  document.querySelectorAll('canvas[data-chart]').forEach(function (el) {
    if (typeof Chart === 'undefined') { return; }
    var c = JSON.parse(el.getAttribute('data-chart'));
    var type = c.type === 'pie' ? 'pie' : 'bar';
    var options = { responsive: true, locale: lang, plugins: { tooltip: { callbacks: { label: function (ctx) {
      var v = ctx.raw; return (ctx.dataset.label ? ctx.dataset.label + ': ' : '') + fmt(v); } } } } };
    if (c.type === 'stacked') { options.scales = { x: { stacked: true }, y: { stacked: true } }; }
    if (c.type === 'pyramid') {
      options.indexAxis = 'y';
      options.scales = { x: { stacked: true, ticks: { callback: function (v) { return fmt(v); } } }, y: { stacked: true, reverse: true } };
    }
    new Chart(el, { type: type, data: { labels: c.labels, datasets: c.datasets }, options: options });
  });
})();
