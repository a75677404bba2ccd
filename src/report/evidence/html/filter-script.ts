// The filters, as a script inlined into the page. The page is complete without it (every
// change is in the markup and visible); the script only unhides the filter form and hides
// what does not match. Its state lives in the URL fragment (#q=...&change=...&flag=...
// &flagged=1; a query string is read when there is no fragment), so a filtered view can be
// bookmarked, sent to a colleague or opened straight from a summary link.
// Plain ES2017 with no imports: it runs from a file:// page with no server and no bundler.

export const FILTER_SCRIPT = `(function () {
  'use strict';
  var section = document.getElementById('filters');
  var form = section && section.querySelector('form');
  if (!form) return;
  var fields = {
    q: form.elements.namedItem('q'),
    change: form.elements.namedItem('change'),
    flag: form.elements.namedItem('flag'),
    flagged: form.elements.namedItem('flagged')
  };
  var status = document.getElementById('filter-status');
  var empty = document.getElementById('no-match');
  var grants = Array.prototype.slice.call(document.querySelectorAll('article.grant'));
  var rows = [];
  grants.forEach(function (grant) {
    var grantText = Array.prototype.map.call(grant.querySelectorAll('.grant-head .s'), function (el) {
      return el.textContent;
    }).join(' ');
    Array.prototype.forEach.call(grant.querySelectorAll('li.change'), function (row) {
      var rowText = Array.prototype.map.call(row.querySelectorAll('.s'), function (el) {
        return el.textContent;
      }).join(' ');
      rows.push({
        el: row,
        text: (grantText + ' ' + rowText).toLowerCase(),
        change: row.getAttribute('data-change'),
        flags: (row.getAttribute('data-flags') || '').split(' ').filter(Boolean)
      });
    });
  });

  function optionValues(select) {
    return Array.prototype.map.call(select.options, function (o) { return o.value; });
  }

  // Reads the fragment (or the query) into the form; returns the values it could not use.
  function readUrl() {
    var raw = location.hash.length > 1 ? location.hash.slice(1) : location.search.slice(1);
    var params = new URLSearchParams(raw);
    var ignored = [];
    fields.q.value = params.get('q') || '';
    ['change', 'flag'].forEach(function (name) {
      var value = params.get(name) || '';
      if (value && optionValues(fields[name]).indexOf(value) < 0) {
        ignored.push(name + '=' + value);
        value = '';
      }
      fields[name].value = value;
    });
    var flagged = params.get('flagged');
    fields.flagged.checked = flagged === '1' || flagged === 'true' || flagged === 'yes';
    return ignored;
  }

  function currentParams() {
    var params = new URLSearchParams();
    var q = fields.q.value.trim();
    if (q) params.set('q', q);
    if (fields.change.value) params.set('change', fields.change.value);
    if (fields.flag.value) params.set('flag', fields.flag.value);
    if (fields.flagged.checked) params.set('flagged', '1');
    return params;
  }

  function writeUrl() {
    var fragment = currentParams().toString();
    try {
      history.replaceState(null, '', fragment ? '#' + fragment : location.pathname + location.search);
    } catch (e) {
      // Some browsers refuse history edits on file:// pages; the filters still work.
    }
  }

  function apply(ignored) {
    var terms = fields.q.value.trim().toLowerCase().split(/\\s+/).filter(Boolean);
    var change = fields.change.value;
    var flag = fields.flag.value;
    var flaggedOnly = fields.flagged.checked;
    var shown = 0;
    rows.forEach(function (row) {
      var match =
        (!change || row.change === change) &&
        (!flag || row.flags.indexOf(flag) >= 0) &&
        (!flaggedOnly || row.flags.length > 0) &&
        terms.every(function (term) { return row.text.indexOf(term) >= 0; });
      row.el.hidden = !match;
      if (match) shown += 1;
    });
    var grantsShown = 0;
    grants.forEach(function (grant) {
      grant.hidden = !grant.querySelector('li.change:not([hidden])');
      if (!grant.hidden) grantsShown += 1;
    });
    empty.hidden = shown > 0;
    var params = currentParams();
    var active = params.toString();
    Array.prototype.forEach.call(document.querySelectorAll('a.filter-link'), function (link) {
      link.setAttribute('aria-current', link.getAttribute('href') === '#' + active ? 'true' : 'false');
    });
    var text = active
      ? 'Showing ' + shown + ' of ' + rows.length + ' changes in ' + grantsShown + ' of ' + grants.length +
        ' grants. Filter: ' + Array.from(params.entries()).map(function (p) { return p[0] + ' = ' + p[1]; }).join(', ') + '.'
      : 'Showing all ' + rows.length + ' changes in ' + grants.length + ' grants.';
    if (ignored && ignored.length) text += ' Ignored unknown filter value ' + ignored.join(', ') + '.';
    status.textContent = text;
    document.documentElement.setAttribute('data-filter', active);
  }

  form.addEventListener('input', function () { apply(); writeUrl(); });
  form.addEventListener('change', function () { apply(); writeUrl(); });
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  form.addEventListener('reset', function () {
    // The reset event fires before the fields are cleared.
    setTimeout(function () { apply(); writeUrl(); }, 0);
  });
  window.addEventListener('hashchange', function () { apply(readUrl()); });
  section.hidden = false;
  status.hidden = false;
  apply(readUrl());
})();
`;
