// htmx requests carry the CSRF token of the page
document.addEventListener('htmx:configRequest', function (e) {
  var t = document.querySelector('meta[name="_csrf"]');
  var h = document.querySelector('meta[name="_csrf_header"]');
  if (t && h) { e.detail.headers[h.content] = t.content; }
});
