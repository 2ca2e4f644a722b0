// The population editor's condition tree (reports/population-tree.html, issue 14 point 1). No inline
// script (CSP): listeners on the document, by delegation. Groups ([data-crit-group], operator in
// [data-crit-op]: AND, OR, NOT, POSITION) hold leaves ([data-crit-leaf]: a dimension in [data-crit-dim],
// its values as checkboxes or a several-unit picker in [data-crit-values]) and groups. On every change
// the tree is written as JSON (vn.canbo.reports.Criterion) into the form's [data-crit-json] field and
// "crit:changed" is fired on the form (the live count listens to it). A NOT group of several conditions
// is written as NOT of their AND; the outermost AND without conditions as nothing (everyone).
(function () {
  var counter = 0;

  function kids(group) {
    var box = group.querySelector(':scope > [data-crit-children]');
    return Array.prototype.filter.call(box.children, function (c) {
      return c.matches('[data-crit-group],[data-crit-leaf]');
    });
  }

  function serialise(node) {
    if (node.matches('[data-crit-leaf]')) {
      var values = [];
      var box = node.querySelector(':scope > [data-crit-values]');
      box.querySelectorAll('input[type=checkbox]').forEach(function (c) {
        if (c.checked) {
          values.push(c.value);
        }
      });
      box.querySelectorAll('[data-picker-chip] input[type=hidden]').forEach(function (h) {
        values.push(h.value);
      });
      var dim = node.querySelector(':scope > div > [data-crit-dim]').value;
      return { op: 'IN', dim: dim === '' ? null : dim, values: values };
    }
    var op = node.querySelector(':scope > .crit-head > [data-crit-op]').value;
    var of = kids(node).map(serialise);
    if (op === 'NOT' && of.length > 1) {
      of = [{ op: 'AND', of: of }];
    }
    return { op: op, of: of };
  }

  // inside a POSITION group only the position dimensions are offered
  function restrict(editor) {
    editor.querySelectorAll('[data-crit-group]').forEach(function (g) {
      g.setAttribute('data-op', g.querySelector(':scope > .crit-head > [data-crit-op]').value);
    });
    editor.querySelectorAll('[data-crit-leaf]').forEach(function (leaf) {
      var inPosition = !!leaf.parentElement.closest('[data-crit-group][data-op=POSITION]');
      leaf.querySelectorAll('[data-crit-dim] option[data-position=false]').forEach(function (o) {
        o.disabled = inPosition;
        o.hidden = inPosition;
      });
    });
  }

  function update(editor) {
    restrict(editor);
    var form = editor.closest('form');
    var root = editor.querySelector('[data-crit-group]');
    var tree = serialise(root);
    var empty = tree.op === 'AND' && tree.of.length === 0;
    form.querySelector('[data-crit-json]').value = empty ? '' : JSON.stringify(tree);
    form.dispatchEvent(new CustomEvent('crit:changed', { bubbles: true }));
  }

  function clone(form, selector) {
    var t = form.querySelector(selector);
    return t ? t.content.firstElementChild.cloneNode(true) : null;
  }

  // a unit picker cloned from a template gets a name and ids of its own
  function rename(el) {
    el.querySelectorAll('[data-picker-multi]').forEach(function (p) {
      counter += 1;
      var name = 'critunits-n' + counter;
      var input = p.querySelector('[data-picker-input]');
      var menu = p.querySelector('[data-picker-menu]');
      p.setAttribute('data-picker-name', name);
      input.id = 'picker-' + name;
      input.setAttribute('aria-controls', 'picker-' + name + '-menu');
      menu.id = 'picker-' + name + '-menu';
    });
    return el;
  }

  function changed(target) {
    var form = target.closest ? target.closest('[data-crit-form]') : null;
    var editor = form ? form.querySelector('[data-crit-editor]') : null;
    if (editor) {
      update(editor);
    }
  }

  document.addEventListener('click', function (e) {
    var b = e.target.closest ? e.target.closest('[data-crit-editor] button') : null;
    if (b) {
      var form = b.closest('form');
      if (b.hasAttribute('data-crit-add-leaf') || b.hasAttribute('data-crit-add-group')) {
        var node = clone(form, b.hasAttribute('data-crit-add-leaf') ? 'template[data-crit-template=leaf]'
          : 'template[data-crit-template=group]');
        b.closest('[data-crit-group]').querySelector(':scope > [data-crit-children]').append(node);
        var focus = node.querySelector('select');
        if (focus) {
          focus.focus();
        }
        changed(form);
      }
      else if (b.hasAttribute('data-crit-remove')) {
        b.closest('[data-crit-leaf],[data-crit-group]').remove();
        changed(form);
      }
      else if (b.hasAttribute('data-picker-remove')) {
        // picker.js removes the chip on the document, after this listener
        setTimeout(function () { changed(form); }, 0);
      }
      return;
    }
    var remove = e.target.closest ? e.target.closest('[data-crit-form] [data-picker-remove]') : null;
    if (remove) {
      var f = remove.closest('form');
      setTimeout(function () { changed(f); }, 0);
    }
  });

  document.addEventListener('change', function (e) {
    var t = e.target;
    if (t.matches && t.matches('[data-crit-dim]')) {
      var leaf = t.closest('[data-crit-leaf]');
      var box = leaf.querySelector(':scope > [data-crit-values]');
      box.innerHTML = '';
      var values = t.value ? clone(t.closest('form'), 'template[data-crit-values-for="' + t.value + '"]') : null;
      if (values) {
        box.append(rename(values));
      }
    }
    if (t.matches && t.matches('[data-crit-form] [data-picker-input]')) {
      return; // the search box: only a choice counts
    }
    changed(t);
  });

  document.addEventListener('picker:chosen', function (e) {
    changed(e.target);
  });

  document.querySelectorAll('[data-crit-editor]').forEach(restrict);
})();
