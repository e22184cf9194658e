/*
 * IEP Dispute Rules: the page to try a case. Plain JavaScript, no library, nothing loaded from elsewhere.
 * It sends the case to this service's POST v1/evaluate (a relative address: the same origin, and the
 * page's Content-Security-Policy allows no other) and keeps nothing: no cookie, no storage.
 * Every text from the case or the answer is written with textContent, never as HTML.
 */
(function () {
  'use strict';

  var SVG = 'http://www.w3.org/2000/svg';
  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  var DAY = 86400000;

  function $(id) { return document.getElementById(id); }

  function el(name, attrs, text) {
    var e = document.createElement(name);
    setAll(e, attrs);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  function svg(name, attrs, text) {
    var e = document.createElementNS(SVG, name);
    setAll(e, attrs);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  function setAll(e, attrs) {
    if (!attrs) { return; }
    Object.keys(attrs).forEach(function (k) {
      if (attrs[k] !== undefined && attrs[k] !== null) { e.setAttribute(k, String(attrs[k])); }
    });
  }

  function clear(e) { while (e.firstChild) { e.removeChild(e.firstChild); } }

  function words(constant) {
    var s = String(constant || '').toLowerCase().replace(/_/g, ' ');
    return s.charAt(0).toUpperCase() + s.slice(1);
  }

  /** A day number (days since 1970-01-01) of an ISO date or date-time, read as its own calendar date. */
  function day(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(iso || ''));
    return m ? Date.UTC(+m[1], +m[2] - 1, +m[3]) / DAY : null;
  }

  function isoOf(dayNumber) { return new Date(dayNumber * DAY).toISOString().slice(0, 10); }

  function status(text) { $('status').textContent = text; }

  // ---- the bundled examples -------------------------------------------------------------------------

  function loadExampleList() {
    fetch('examples/index.json', { cache: 'no-store', credentials: 'same-origin' })
      .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); })
      .then(function (list) {
        var select = $('example');
        list.forEach(function (x) { select.appendChild(el('option', { value: x.file }, x.title)); });
      })
      .catch(function () { status('The list of bundled examples could not be loaded; paste or upload a case.'); });
  }

  function loadExample() {
    var file = $('example').value;
    if (!file) {
      status('Choose an example case first.');
      $('example').focus();
      return;
    }
    fetch('examples/' + encodeURIComponent(file), { cache: 'no-store', credentials: 'same-origin' })
      .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.text(); })
      .then(function (text) {
        $('case').value = text;
        status('Example loaded: ' + $('example').selectedOptions[0].textContent + '. Press Evaluate.');
      })
      .catch(function () { status('The example could not be loaded.'); });
  }

  function loadFile() {
    var input = $('file');
    if (!input.files || input.files.length === 0) { return; }
    var f = input.files[0];
    var reader = new FileReader();
    reader.onload = function () {
      $('case').value = String(reader.result);
      status('File read: ' + f.name + '. Press Evaluate.');
    };
    reader.onerror = function () { status('The file could not be read.'); };
    reader.readAsText(f);
  }

  // ---- evaluating -----------------------------------------------------------------------------------

  function evaluate(event) {
    event.preventDefault();
    var text = $('case').value;
    $('problems').hidden = true;
    $('results').hidden = true;
    $('case').removeAttribute('aria-invalid');
    if (text.trim() === '') {
      status('Paste, upload or choose a case first.');
      $('case').setAttribute('aria-invalid', 'true');
      $('case').focus();
      return;
    }
    var query = [];
    if ($('as-of').value) { query.push('asOf=' + encodeURIComponent($('as-of').value)); }
    query.push('lang=' + encodeURIComponent($('lang').value));
    var button = $('evaluate');
    button.disabled = true;
    status('Evaluating…');
    fetch('v1/evaluate?' + query.join('&'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json, application/problem+json' },
      body: text,
      cache: 'no-store',
      credentials: 'same-origin',
      referrerPolicy: 'no-referrer'
    }).then(function (r) {
      return r.text().then(function (body) {
        var json = null;
        try { json = JSON.parse(body); } catch (e) { json = null; }
        if (r.ok && json) {
          showResults(json, eventsOf(text));
        } else {
          showProblems(r.status, json);
        }
      });
    }).catch(function () {
      status('The service could not be reached.');
    }).then(function () {
      button.disabled = false;
    });
  }

  /** The events of the case as the page has it (for the timeline); none when it is not JSON. */
  function eventsOf(text) {
    try {
      var c = JSON.parse(text);
      return Array.isArray(c.events) ? c.events.filter(function (e) { return e && day(e.at) !== null; }) : [];
    } catch (e) {
      return [];
    }
  }

  function showProblems(code, problem) {
    var list = $('problems-list');
    clear(list);
    var detail = problem && (problem.detail || problem.title) ? String(problem.detail || problem.title)
      : 'The service answered with status ' + code + '.';
    $('problems-detail').textContent = detail + (problem && problem.status ? ' (HTTP ' + problem.status + ')' : '');
    var problems = problem && Array.isArray(problem.problems) ? problem.problems : [];
    problems.forEach(function (p) {
      var li = el('li', { 'class': 'problem' });
      var where = [];
      if (p.line) { where.push('line ' + p.line); }
      if (p.column) { where.push('column ' + p.column); }
      if (p.path) { where.push(p.path); }
      li.appendChild(el('span', { 'class': 'where' }, where.join(', ')));
      li.appendChild(document.createTextNode(where.length ? ': ' + p.message : String(p.message)));
      list.appendChild(li);
    });
    if (problem && Array.isArray(problem.installed)) {
      list.appendChild(el('li', { 'class': 'problem' }, 'Installed jurisdictions: ' + problem.installed.join(', ')));
    }
    $('problems').hidden = false;
    $('case').setAttribute('aria-invalid', 'true');
    status(problems.length ? 'The case has ' + problems.length + ' problem' + (problems.length === 1 ? '' : 's') + '.'
      : 'The case was not evaluated: ' + detail);
    $('problems-heading').focus();
  }

  function showResults(ev, events) {
    summary(ev);
    findings(ev.findings || []);
    timeline(ev, events);
    nextSteps(ev);
    $('results').hidden = false;
    var n = (ev.findings || []).length;
    status('Evaluated: ' + n + ' finding' + (n === 1 ? '' : 's') + ', ' + (ev.deadlines || []).length + ' deadlines.');
    $('results-heading').focus();
  }

  function summary(ev) {
    var dl = $('summary');
    clear(dl);
    var rows = [
      ['Case', ev.caseId],
      ['Jurisdiction', ev.jurisdiction],
      ['As of', ev.asOf],
      ['Violations found', ev.hasViolations ? 'Yes' : 'No'],
      ['Where the case stands', words(ev.position)],
      ['Rules not fully checked', (ev.notFullyChecked || []).map(function (x) { return x.ruleId; }).join(', ') || 'None'],
      ['Library version', ev.libraryVersion],
      ['Rule-set fingerprint', ev.ruleSetFingerprint]
    ];
    rows.forEach(function (r) {
      dl.appendChild(el('dt', null, r[0]));
      dl.appendChild(el('dd', null, r[1] === undefined ? '' : r[1]));
    });
  }

  function findings(list) {
    var ol = $('findings');
    clear(ol);
    $('findings-none').hidden = list.length > 0;
    list.forEach(function (f) {
      var li = el('li', { 'class': 'finding', 'data-rule': f.ruleId });
      var head = el('p', { 'class': 'finding-head' });
      head.appendChild(el('span', { 'class': 'kind kind-' + f.kind }, f.kind));
      head.appendChild(el('span', { 'class': 'rule-id' }, f.ruleId));
      li.appendChild(head);
      li.appendChild(el('p', { 'class': 'message' }, f.message));
      if (f.events && f.events.length) {
        li.appendChild(el('p', { 'class': 'help' }, 'Events: ' + f.events.join(', ')));
      }
      var c = f.citation;
      if (c) {
        var box = el('div', { 'class': 'citation' });
        if (c.restatement) {
          box.appendChild(el('p', { 'class': 'restated' }, 'Restated (not a quotation): ' + c.quote));
        } else {
          var q = el('blockquote', c.link ? { cite: c.link } : null);
          q.appendChild(el('p', { 'class': 'quote' }, '“' + c.quote + '”'));
          box.appendChild(q);
        }
        var src = el('p', { 'class': 'source' });
        var label = c.document + (c.section ? ' ' + c.section : '');
        if (c.link && /^https?:\/\//.test(c.link)) {
          src.appendChild(document.createTextNode('Source: '));
          src.appendChild(el('a', { href: c.link, rel: 'noopener noreferrer' }, label));
        } else {
          src.appendChild(document.createTextNode('Source: ' + label));
        }
        src.appendChild(document.createTextNode(' (' + words(c.authority) + ', ' + words(c.force) + ')'));
        box.appendChild(src);
        li.appendChild(box);
      }
      ol.appendChild(li);
    });
  }

  // ---- the timeline ----------------------------------------------------------------------------------

  function timeline(ev, events) {
    var deadlines = ev.deadlines || [];
    var asOf = day(ev.asOf);
    var days = [];
    if (asOf !== null) { days.push(asOf); }
    events.forEach(function (e) { days.push(day(e.at)); });
    deadlines.forEach(function (d) {
      ['triggerDate', 'earliest', 'latest', 'satisfiedOn'].forEach(function (k) {
        var v = day(d[k]);
        if (v !== null) { days.push(v); }
      });
    });
    var lo = Math.min.apply(null, days);
    var hi = Math.max.apply(null, days);
    if (!isFinite(lo)) { lo = hi = 0; }
    var pad = Math.max(2, Math.round((hi - lo) * 0.03));
    lo -= pad;
    hi += pad;
    if (hi - lo < 14) { hi = lo + 14; }

    var W = 760, L = 12, R = 12, ROW_E = 22, ROW_D = 34, TOP = 44;
    var x = function (d) { return L + (d - lo) / (hi - lo) * (W - L - R); };
    var sortedEvents = events.slice().sort(function (a, b) { return day(a.at) - day(b.at) || (a.at < b.at ? -1 : 1); });
    var H = TOP + 24 + sortedEvents.length * ROW_E + 28 + deadlines.length * ROW_D + 12;

    var root = svg('svg', {
      viewBox: '0 0 ' + W + ' ' + H, width: W, height: H, role: 'img',
      'aria-labelledby': 'timeline-svg-title timeline-svg-desc', id: 'timeline-svg', focusable: 'false'
    });
    root.appendChild(svg('title', { id: 'timeline-svg-title' }, 'Timeline of case ' + ev.caseId));
    root.appendChild(svg('desc', { id: 'timeline-svg-desc' },
      sortedEvents.length + ' events and ' + deadlines.length + ' deadlines from ' + isoOf(lo + pad) + ' to '
      + isoOf(hi - pad) + ', evaluated as of ' + ev.asOf + '. The table after the picture lists them.'));

    // the axis: ticks every week, month or year, and the as-of line
    var axis = svg('g', { 'class': 'axis' });
    axis.appendChild(svg('line', { x1: L, x2: W - R, y1: TOP, y2: TOP }));
    ticks(lo, hi).forEach(function (t) {
      var g = svg('g', { 'class': 'tick' });
      g.appendChild(svg('line', { x1: x(t.day), x2: x(t.day), y1: TOP - 4, y2: H - 8 }));
      g.appendChild(svg('text', { x: x(t.day) + 2, y: TOP - 8 }, t.label));
      axis.appendChild(g);
    });
    root.appendChild(axis);
    if (asOf !== null) {
      var a = svg('g', { 'class': 'as-of' });
      a.appendChild(svg('line', { x1: x(asOf), x2: x(asOf), y1: TOP - 26, y2: H - 8 }));
      var right = x(asOf) > W * 0.8;
      a.appendChild(svg('text', { x: x(asOf) + (right ? -4 : 4), y: TOP - 26, 'text-anchor': right ? 'end' : 'start' },
        'as of ' + ev.asOf));
      root.appendChild(a);
    }

    var y = TOP + 20;
    root.appendChild(svg('text', { 'class': 'section-label', x: L, y: y }, 'Events'));
    sortedEvents.forEach(function (e) {
      y += ROW_E;
      var cx = x(day(e.at));
      var g = svg('g', { 'class': 'event-mark', 'data-event': e.id });
      g.appendChild(svg('title', null, e.id + ' (' + describeEvent(e) + '), ' + e.at));
      g.appendChild(svg('circle', { cx: cx, cy: y - 4, r: 5 }));
      var onLeft = cx > W * 0.6;
      g.appendChild(svg('text', { x: cx + (onLeft ? -9 : 9), y: y, 'text-anchor': onLeft ? 'end' : 'start' },
        e.id + ' · ' + String(e.at).slice(0, 10)));
      root.appendChild(g);
    });

    y += 30;
    root.appendChild(svg('text', { 'class': 'section-label', x: L, y: y }, 'Deadlines'));
    deadlines.forEach(function (d) {
      y += ROW_D;
      var start = day(d.triggerDate);
      var due = day(d.latest);
      var x0 = x(start !== null ? start : lo);
      var x1 = due !== null ? x(due) : W - R;
      var g = svg('g', {
        'class': 'deadline-mark outcome-' + d.outcome, 'data-rule': d.ruleId, 'data-due': d.latest || '',
        'data-outcome': d.outcome
      });
      g.appendChild(svg('title', null, d.ruleId + ': ' + d.description + '; due ' + (d.latest || 'no last day')
        + '; ' + words(d.outcome)));
      var label = d.ruleId + ' · ' + (d.latest ? 'due ' + d.latest : 'no last day') + ' · ' + words(d.outcome);
      var anchorEnd = x0 > W * 0.55;
      g.appendChild(svg('text', { x: anchorEnd ? x1 : x0, y: y - 14, 'text-anchor': anchorEnd ? 'end' : 'start' }, label));
      g.appendChild(svg('line', { 'class': 'bar', x1: x0, x2: x1, y1: y - 4, y2: y - 4 }));
      if (due !== null) {
        g.appendChild(svg('path', {
          'class': 'due', d: 'M' + x1 + ' ' + (y - 11) + ' l7 7 l-7 7 l-7 -7 z'
        }));
        if (d.outcome === 'MISSED') {
          g.appendChild(svg('path', { 'class': 'cross', d: 'M' + (x1 - 3) + ' ' + (y - 7) + ' l6 6 m0 -6 l-6 6' }));
        }
      } else {
        g.appendChild(svg('path', { 'class': 'due', d: 'M' + (x1 - 8) + ' ' + (y - 10) + ' l8 6 l-8 6 z' }));
      }
      var done = day(d.satisfiedOn);
      if (done !== null) {
        g.appendChild(svg('rect', { 'class': 'done', x: x(done) - 1.5, y: y - 12, width: 3, height: 16 }));
      }
      root.appendChild(g);
    });

    var holder = $('timeline-scroll');
    clear(holder);
    holder.appendChild(root);
    timelineTable(ev, sortedEvents, deadlines);
  }

  function describeEvent(e) {
    return e.kind ? words(e.type) + ', ' + words(e.kind) : words(e.type);
  }

  /** Tick marks for a span of days: weekly up to 8 weeks, monthly up to 2 years, else yearly. */
  function ticks(lo, hi) {
    var out = [];
    var span = hi - lo;
    var d = new Date(lo * DAY);
    if (span <= 56) {
      for (var t = lo + ((4 - new Date(lo * DAY).getUTCDay() + 7) % 7); t <= hi; t += 7) {
        var m = new Date(t * DAY);
        out.push({ day: t, label: m.getUTCDate() + ' ' + MONTHS[m.getUTCMonth()] });
      }
      return out;
    }
    var monthly = span <= 730;
    var y = d.getUTCFullYear(), mo = d.getUTCMonth();
    for (;;) {
      if (monthly) { mo += 1; if (mo > 11) { mo = 0; y += 1; } } else { y += 1; mo = 0; }
      var t2 = Date.UTC(y, mo, 1) / DAY;
      if (t2 > hi) { break; }
      if (!monthly || span <= 366 || mo % 3 === 0) {
        out.push({ day: t2, label: monthly ? MONTHS[mo] + (mo === 0 || out.length === 0 ? ' ' + y : '') : String(y) });
      }
    }
    return out;
  }

  function timelineTable(ev, events, deadlines) {
    var rows = [];
    events.forEach(function (e) {
      rows.push({ day: day(e.at), cells: [String(e.at).slice(0, 10), 'Event', e.id, describeEvent(e) + ', ' + e.at, ''] });
    });
    deadlines.forEach(function (d) {
      var details = d.description + ' (clock from ' + d.trigger + ', ' + d.triggerDate + ', ' + d.period + ')';
      if (d.satisfiedBy) { details += '; answered by ' + d.satisfiedBy + (d.satisfiedOn ? ' on ' + d.satisfiedOn : ''); }
      if (d.unextendedDue) { details += '; due before an extension: ' + d.unextendedDue; }
      rows.push({
        day: d.latest ? day(d.latest) : day(d.triggerDate),
        cells: [d.latest ? d.latest : 'no last day (from ' + d.triggerDate + ')', 'Deadline', d.ruleId, details,
          words(d.outcome) + ' (' + words(d.status) + ')']
      });
    });
    rows.sort(function (a, b) { return a.day - b.day; });
    var body = $('timeline-table').tBodies[0];
    clear(body);
    rows.forEach(function (r) {
      var tr = el('tr');
      r.cells.forEach(function (c, i) { tr.appendChild(el(i === 0 ? 'th' : 'td', i === 0 ? { scope: 'row' } : null, c)); });
      body.appendChild(tr);
    });
  }

  // ---- next steps -------------------------------------------------------------------------------------

  function nextSteps(ev) {
    var ol = $('next-steps');
    clear(ol);
    var steps = ev.nextSteps || [];
    if (steps.length) {
      $('next-intro').textContent = 'What can come next from where the case stands:';
      steps.forEach(function (s) {
        var li = el('li', { 'class': 'next-step' });
        li.appendChild(el('strong', null, words(s.process)));
        li.appendChild(document.createTextNode(': ' + s.why + (s.opens ? ' (opens ' + s.opens + ')' : '')
          + (s.source ? ' Source: ' + s.source + '.' : '')));
        if (s.openAgain) {
          li.appendChild(el('p', { 'class': 'help' }, 'Open again: ' + s.openAgain.why + ' Source: ' + s.openAgain.source + '.'));
        }
        if (s.advice && s.advice.length) {
          var ul = el('ul', { 'class': 'advice' });
          s.advice.forEach(function (a) {
            ul.appendChild(el('li', null, (a.fits ? '' : '(May not fit this case) ') + a.text + ' Source: ' + a.source + '.'));
          });
          li.appendChild(ul);
        }
        ol.appendChild(li);
      });
      return;
    }
    var open = (ev.deadlines || []).filter(function (d) { return d.status === 'PENDING'; })
      .sort(function (a, b) { return (a.latest || '9999') < (b.latest || '9999') ? -1 : 1; });
    $('next-intro').textContent = open.length ? 'No next steps are given; these deadlines are still open:'
      : 'No next steps are given and no deadline is open.';
    open.forEach(function (d) {
      ol.appendChild(el('li', { 'class': 'next-step' }, d.ruleId + ': ' + d.description
        + (d.latest ? ', due ' + d.latest : ', no last day')));
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    loadExampleList();
    $('load-example').addEventListener('click', loadExample);
    $('file').addEventListener('change', loadFile);
    $('case-form').addEventListener('submit', evaluate);
  });
}());
