// Searchable pickers (fragments/picker.html, issue 20 point 6). One set of listeners on the
// document, so pickers brought in by htmx work too and no inline script is needed (CSP).
// Typing in [data-picker-input] clears the chosen id and, after 250 ms, loads the matches
// from the picker's data-picker-url?q=… (an HTML fragment of [data-picker-id] buttons) into
// its [data-picker-menu]. Arrows move, Enter or a click chooses, Escape closes. A choice sets
// the hidden [data-picker-value], shows the label, fires "change" on the hidden input and
// "picker:chosen" on the picker (both bubble).
(function () {
  var DELAY = 250;

  function parts(el) {
    var picker = el && el.closest ? el.closest('[data-picker]') : null;
    if (!picker) {
      return null;
    }
    return {
      picker: picker,
      input: picker.querySelector('[data-picker-input]'),
      value: picker.querySelector('[data-picker-value]'),
      menu: picker.querySelector('[data-picker-menu]')
    };
  }

  function options(p) {
    return Array.prototype.slice.call(p.menu.querySelectorAll('[data-picker-id]'));
  }

  function close(p) {
    p.menu.hidden = true;
    p.menu.innerHTML = '';
    p.input.setAttribute('aria-expanded', 'false');
  }

  function load(p) {
    var q = p.input.value.trim();
    if (q.length < 2) {
      close(p);
      return;
    }
    var url = p.picker.getAttribute('data-picker-url');
    var date = typedDate(p) || p.picker.getAttribute('data-picker-date');
    url += (url.indexOf('?') < 0 ? '?' : '&') + 'q=' + encodeURIComponent(q) + (date ? '&date=' + encodeURIComponent(date) : '');
    fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
      .then(function (r) { return r.ok ? r.text() : ''; })
      .then(function (html) {
        if (p.input.value.trim() !== q || document.activeElement !== p.input) {
          return; // the user typed on, or left
        }
        p.menu.innerHTML = html;
        p.menu.hidden = false;
        p.input.setAttribute('aria-expanded', 'true');
        var first = options(p)[0];
        if (first) {
          first.classList.add('active');
        }
      });
  }

  // the as-of date typed in the form's dd/MM/yyyy field named by data-picker-date-field, as ISO
  function typedDate(p) {
    var field = p.picker.getAttribute('data-picker-date-field');
    var form = p.picker.closest('form');
    var input = field && form ? form.querySelector('input[name="' + field + '"]') : null;
    var m = input ? /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(input.value.trim()) : null;
    if (!m) {
      return null;
    }
    return m[3] + '-' + ('0' + m[2]).slice(-2) + '-' + ('0' + m[1]).slice(-2);
  }

  function choose(p, option) {
    if (p.picker.hasAttribute('data-picker-multi')) {
      add(p, option.getAttribute('data-picker-id'), option.getAttribute('data-picker-label'));
      return;
    }
    p.value.value = option.getAttribute('data-picker-id');
    p.input.value = option.getAttribute('data-picker-label');
    p.input.title = p.input.value;
    close(p);
    p.value.dispatchEvent(new Event('change', { bubbles: true }));
    p.picker.dispatchEvent(new CustomEvent('picker:chosen', { bubbles: true, detail: { id: p.value.value } }));
  }

  // several units (data-picker-multi): a chip with a hidden input per chosen id
  function add(p, id, label) {
    var chosen = p.picker.querySelector('[data-picker-chosen]');
    var name = p.picker.getAttribute('data-picker-name');
    var exists = Array.prototype.some.call(chosen.querySelectorAll('input[type=hidden]'), function (i) { return i.value === id; });
    if (!exists) {
      var chip = document.createElement('span');
      chip.className = 'badge text-bg-light border fw-normal picker-chip';
      chip.setAttribute('data-picker-chip', '');
      chip.setAttribute('data-i18n-data', ''); // a unit's name: data, not the page's words
      var hidden = document.createElement('input');
      hidden.type = 'hidden';
      hidden.name = name;
      hidden.value = id;
      var text = document.createElement('span');
      text.textContent = label;
      var remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'btn-close';
      remove.setAttribute('data-picker-remove', '');
      remove.setAttribute('aria-label', p.picker.getAttribute('data-picker-remove-label') || '×');
      chip.append(hidden, text, remove);
      chosen.append(chip);
    }
    p.input.value = '';
    close(p);
    p.picker.dispatchEvent(new CustomEvent('picker:chosen', { bubbles: true, detail: { id: id } }));
  }

  document.addEventListener('click', function (e) {
    var remove = e.target.closest ? e.target.closest('[data-picker] [data-picker-remove]') : null;
    if (remove) {
      remove.closest('[data-picker-chip]').remove();
    }
  });

  function move(p, step) {
    var all = options(p);
    if (!all.length) {
      return;
    }
    var i = all.findIndex(function (o) { return o.classList.contains('active'); });
    if (i >= 0) {
      all[i].classList.remove('active');
    }
    i = (i + step + all.length) % all.length;
    all[i].classList.add('active');
    all[i].scrollIntoView({ block: 'nearest' });
  }

  document.addEventListener('input', function (e) {
    if (!e.target.matches || !e.target.matches('[data-picker-input]')) {
      return;
    }
    var p = parts(e.target);
    if (p.value) {
      p.value.value = '';
    }
    clearTimeout(p.picker.pickerTimer);
    p.picker.pickerTimer = setTimeout(function () { load(p); }, DELAY);
  });

  document.addEventListener('keydown', function (e) {
    if (!e.target.matches || !e.target.matches('[data-picker-input]')) {
      return;
    }
    var p = parts(e.target);
    var open = !p.menu.hidden;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (open) {
        move(p, e.key === 'ArrowDown' ? 1 : -1);
      }
      else {
        load(p);
      }
    }
    else if (e.key === 'Enter' && open) {
      e.preventDefault(); // choose, do not send the form
      var active = p.menu.querySelector('[data-picker-id].active');
      if (active) {
        choose(p, active);
      }
    }
    else if (e.key === 'Escape' && open) {
      e.preventDefault();
      close(p);
    }
  });

  // mousedown, not click: the box keeps its focus until the choice is made
  document.addEventListener('mousedown', function (e) {
    var option = e.target.closest ? e.target.closest('[data-picker-menu] [data-picker-id]') : null;
    if (option) {
      e.preventDefault();
      choose(parts(option), option);
    }
  });

  document.addEventListener('focusout', function (e) {
    if (e.target.matches && e.target.matches('[data-picker-input]')) {
      close(parts(e.target));
    }
  });
})();
