// The dossier photo's crop box (issue 20 point 13). A file input marked data-photo-crop shows the chosen picture
// in its form's [data-crop-box] with a 2:3 frame ([data-crop-frame]) that the pointer moves (drag inside) and
// resizes (drag a [data-crop-handle] corner, the opposite corner stays put), or the keyboard moves (arrows) and
// resizes (Shift + up/down). The frame's rectangle, in the picture's natural pixels, is written to the form's
// [data-crop-field="x|y|w|h"] inputs (cropX, cropY, cropWidth, cropHeight), which the server checks and cuts.
// Without this script, or for a picture smaller than 120×180, the fields stay empty: the server keeps the
// centred crop. The preview is a data: URL (the CSP allows img-src data:, not blob:). No inline script.
(function () {
  var MIN_W = 120;
  var MIN_H = 180;
  var MAX_DISPLAY_H = 320;

  function setup(input) {
    var form = input.form;
    var box = form && form.querySelector('[data-crop-box]');
    if (!box) { return; }
    var area = box.querySelector('.photo-crop-area');
    var img = box.querySelector('[data-crop-image]');
    var frame = box.querySelector('[data-crop-frame]');
    var fields = {};
    form.querySelectorAll('[data-crop-field]').forEach(function (f) { fields[f.getAttribute('data-crop-field')] = f; });
    var nat = { w: 0, h: 0 };
    var rect = null; // in natural pixels
    var drag = null;

    function clear() {
      rect = null;
      ['x', 'y', 'w', 'h'].forEach(function (k) { if (fields[k]) { fields[k].value = ''; } });
    }

    function scale() { return img.clientWidth / nat.w; }

    // the frame's rectangle in whole pixels: an even width and exactly 1.5 times it as the height, inside
    function pixels() {
      var w = Math.max(MIN_W, Math.floor(rect.w / 2) * 2);
      var h = w * 3 / 2;
      var x = Math.max(0, Math.min(Math.round(rect.x), nat.w - w));
      var y = Math.max(0, Math.min(Math.round(rect.y), nat.h - h));
      return { x: x, y: y, w: w, h: h };
    }

    function draw() {
      var p = pixels();
      var s = scale();
      frame.style.left = (p.x * s) + 'px';
      frame.style.top = (p.y * s) + 'px';
      frame.style.width = (p.w * s) + 'px';
      frame.style.height = (p.h * s) + 'px';
      fields.x.value = p.x;
      fields.y.value = p.y;
      fields.w.value = p.w;
      fields.h.value = p.h;
    }

    // the largest 2:3 frame that fits the picture, centred (what the server does without a frame)
    function centred() {
      var w = Math.min(nat.w, nat.h * 2 / 3);
      return { x: (nat.w - w) / 2, y: (nat.h - w * 1.5) / 2, w: w };
    }

    function clampMove(r) {
      r.x = Math.max(0, Math.min(r.x, nat.w - r.w));
      r.y = Math.max(0, Math.min(r.y, nat.h - r.w * 1.5));
      return r;
    }

    // resize from a corner: east/south grow with the pointer, west/north against it; the opposite corner stays
    function resized(start, corner, dx, dy) {
      var east = corner.indexOf('e') >= 0;
      var south = corner.indexOf('s') >= 0;
      var ax = east ? start.x : start.x + start.w; // the fixed corner
      var ay = south ? start.y : start.y + start.w * 1.5;
      var w = Math.max(start.w + (east ? dx : -dx), (start.w * 1.5 + (south ? dy : -dy)) * 2 / 3);
      var maxW = Math.min(east ? nat.w - ax : ax, (south ? nat.h - ay : ay) * 2 / 3);
      w = Math.max(MIN_W, Math.min(w, maxW));
      return { x: east ? ax : ax - w, y: south ? ay : ay - w * 1.5, w: w };
    }

    function show() {
      nat.w = img.naturalWidth;
      nat.h = img.naturalHeight;
      if (nat.w < MIN_W || nat.h < MIN_H) { // too small to frame: the server centres it
        box.hidden = true;
        clear();
        return;
      }
      box.hidden = false;
      rect = centred();
      layout();
    }

    // the picture at most as wide as the form and MAX_DISPLAY_H high, the frame drawn at that scale
    function layout() {
      var maxW = Math.max(120, form.clientWidth);
      var s = Math.min(1, maxW / nat.w, MAX_DISPLAY_H / nat.h);
      img.style.width = Math.round(nat.w * s) + 'px';
      img.style.height = Math.round(nat.h * s) + 'px';
      draw();
    }

    input.addEventListener('change', function () {
      clear();
      box.hidden = true;
      var file = input.files && input.files[0];
      if (!file || !/^image\/(jpeg|png)$/.test(file.type)) { return; } // the server says why it refuses
      var reader = new FileReader();
      reader.onload = function () { img.src = reader.result; };
      reader.readAsDataURL(file);
    });
    img.addEventListener('load', show);
    img.addEventListener('error', function () { box.hidden = true; clear(); });

    frame.addEventListener('pointerdown', function (e) {
      if (!rect) { return; }
      e.preventDefault();
      var handle = e.target.closest('[data-crop-handle]');
      drag = { id: e.pointerId, x: e.clientX, y: e.clientY, start: pixels(),
        corner: handle ? handle.getAttribute('data-crop-handle') : null };
      frame.setPointerCapture(e.pointerId);
      frame.focus();
    });
    frame.addEventListener('pointermove', function (e) {
      if (!drag || e.pointerId !== drag.id) { return; }
      var s = scale();
      var dx = (e.clientX - drag.x) / s;
      var dy = (e.clientY - drag.y) / s;
      var st = drag.start;
      rect = drag.corner ? resized(st, drag.corner, dx, dy) : clampMove({ x: st.x + dx, y: st.y + dy, w: st.w });
      draw();
    });
    function end(e) {
      if (drag && e.pointerId === drag.id) { drag = null; }
    }
    frame.addEventListener('pointerup', end);
    frame.addEventListener('pointercancel', end);

    frame.addEventListener('keydown', function (e) {
      if (!rect) { return; }
      var step = Math.max(1, Math.round(2 / scale())); // two screen pixels
      var p = pixels();
      if (e.shiftKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
        var d = e.key === 'ArrowUp' ? -step : step;
        rect = resized(p, 'se', d, d * 1.5);
      } else if (e.key === 'ArrowLeft' || e.key === 'ArrowRight' || e.key === 'ArrowUp' || e.key === 'ArrowDown') {
        var dx = e.key === 'ArrowLeft' ? -step : (e.key === 'ArrowRight' ? step : 0);
        var dy = e.key === 'ArrowUp' ? -step : (e.key === 'ArrowDown' ? step : 0);
        rect = clampMove({ x: p.x + dx, y: p.y + dy, w: p.w });
      } else {
        return;
      }
      e.preventDefault();
      draw();
    });

    // the page's width changed: the same rectangle, drawn at the new scale
    window.addEventListener('resize', function () { if (rect) { layout(); } });
    if (area) { area.addEventListener('dragstart', function (e) { e.preventDefault(); }); }
  }

  document.querySelectorAll('input[type=file][data-photo-crop]').forEach(setup);
})();
