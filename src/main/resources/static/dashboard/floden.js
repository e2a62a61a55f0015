// The enhetschef's dashboard: the flows between the chain's steps per tertial (GET /api/reports/flows),
// drawn by hand as SVG (no chart library needed for stacked bars). Every figure links to its definition.
(function () {
  const DEFINITIONS = '/dashboard/definitioner#';
  const ANCHORS = {
    tertial: 'tertial-och-jämförelseperiod',
    matrix: 'flödesmatris--in-kvar-och-vidare-till-nästa-steg',
    stays: 'vistelsetid--median-och-90e-percentil',
    cost: 'kostnad-per-steg',
    change: 'förändring-från-föregående-tertial',
    gaps: 'glapp-per-klient-och-per-stegövergång'
  };
  const STEP_COLORS = {
    HARBARGE: '#1c4e80', BEHANDLING: '#ea6a47', INACKORDERINGSHEM: '#0091d5', STODBOENDE: '#488a99',
    TRANINGSLAGENHET: '#dbae58', FORSOKSLAGENHET: '#6ab187', EGET_KONTRAKT: '#7e57c2'
  };
  const CAUSES = {
    DISCHARGED: ['utskriven', '#9aa5b1'], LEFT_PLACEMENT: ['lämnade boendet', '#b8c2cc'],
    LOST_CONTACT: ['kontakten bröts', '#7b8794'], RELAPSE_BEFORE_V16: ['återfall (före V16)', '#cbd2d9'],
    TERMINATED: ['uppsägning', '#c0392b'], CLOSED: ['ärendet stängt', '#52606d'], UNKNOWN: ['okänt', '#e4e7eb']
  };
  const STILL_THERE = ['kvar i steget', '#dbe7f3'];
  const SVG = 'http://www.w3.org/2000/svg';
  const number = new Intl.NumberFormat('sv-SE');
  const oneDecimal = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const kronor = new Intl.NumberFormat('sv-SE', { style: 'currency', currency: 'SEK', maximumFractionDigits: 0 });
  const section = document.getElementById('floden');
  const select = document.getElementById('flowTertial');
  const labels = {};

  function tertialOf(date) {
    return date.getFullYear() + '-' + (Math.floor(date.getMonth() / 4) + 1);
  }

  function previousTertial(name) {
    const parts = name.split('-').map(Number);
    return parts[1] === 1 ? (parts[0] - 1) + '-3' : parts[0] + '-' + (parts[1] - 1);
  }

  function tertialName(name) {
    const parts = name.split('-').map(Number);
    return ['januari–april', 'maj–augusti', 'september–december'][parts[1] - 1] + ' ' + parts[0];
  }

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    if (className) {
      node.className = className;
    }
    return node;
  }

  function svg(tag, attributes) {
    const node = document.createElementNS(SVG, tag);
    Object.keys(attributes || {}).forEach(function (key) { node.setAttribute(key, attributes[key]); });
    return node;
  }

  /** The figure's caption with its link to the definition. */
  function caption(figureId, text, anchor) {
    const figure = document.getElementById(figureId);
    figure.replaceChildren();
    const cap = el('figcaption', text + ' ');
    const link = el('a', 'Definition', 'definition');
    link.href = DEFINITIONS + anchor;
    cap.appendChild(link);
    figure.appendChild(cap);
    return figure;
  }

  function days(value) {
    return value === null ? '–' : oneDecimal.format(value);
  }

  function change(c) {
    if (!c || c.absolute === null) {
      return '–';
    }
    const sign = c.absolute > 0 ? '+' : '';
    return sign + number.format(c.absolute) + (c.percent === null ? '' : ' (' + sign + oneDecimal.format(c.percent) + ' %)');
  }

  function table(figure, headers, rows, className) {
    const t = el('table', null, className || 'flow-table');
    const head = el('tr');
    headers.forEach(function (h) { head.appendChild(el('th', h)); });
    t.appendChild(el('thead')).appendChild(head);
    const body = t.appendChild(el('tbody'));
    rows.forEach(function (cells) {
      const tr = el('tr');
      cells.forEach(function (c, i) { tr.appendChild(el(i === 0 ? 'th' : 'td', c)); });
      body.appendChild(tr);
    });
    figure.appendChild(t);
  }

  /** One horizontal bar per step: where its stays went (next step, left without one, still there). */
  function flowBars(report) {
    const figure = caption('flowMatrix', 'Vart klienterna gick från varje steg under tertialet', ANCHORS.matrix);
    const rows = report.steps.filter(function (s) { return s.left + s.stillThere > 0; });
    if (rows.length === 0) {
      figure.appendChild(el('p', 'Inga placeringar under tertialet.', 'note'));
      return;
    }
    const max = Math.max.apply(null, rows.map(function (s) { return s.left + s.stillThere; }));
    const labelWidth = 150, barWidth = 520, rowHeight = 30;
    const chart = svg('svg', { viewBox: '0 0 ' + (labelWidth + barWidth + 60) + ' ' + rows.length * rowHeight,
      role: 'img', 'aria-label': 'Flöden per steg', class: 'flow-bars' });
    rows.forEach(function (s, i) {
      const y = i * rowHeight;
      const text = svg('text', { x: labelWidth - 8, y: y + 19, 'text-anchor': 'end', class: 'flow-label' });
      text.textContent = s.label;
      chart.appendChild(text);
      let x = labelWidth;
      const segments = [];
      Object.keys(s.movedTo).forEach(function (to) {
        segments.push({ n: s.movedTo[to], color: STEP_COLORS[to], to: to, title: s.label + ' → ' + labels[to] });
      });
      Object.keys(s.leftWithoutNext).forEach(function (cause) {
        segments.push({ n: s.leftWithoutNext[cause], color: CAUSES[cause][1], to: cause,
          title: s.label + ': ' + CAUSES[cause][0] });
      });
      segments.push({ n: s.stillThere, color: STILL_THERE[1], to: 'STILL_THERE', title: s.label + ': ' + STILL_THERE[0] });
      segments.filter(function (g) { return g.n > 0; }).forEach(function (g) {
        const width = g.n / max * barWidth;
        const rect = svg('rect', { x: x, y: y + 4, width: Math.max(width - 1, 1), height: rowHeight - 8, fill: g.color,
          class: 'flow-segment', 'data-from': s.step, 'data-to': g.to });
        const title = svg('title');
        title.textContent = g.title + ': ' + number.format(g.n);
        rect.appendChild(title);
        chart.appendChild(rect);
        x += width;
      });
      const total = svg('text', { x: x + 6, y: y + 19, class: 'flow-label' });
      total.textContent = number.format(s.left + s.stillThere);
      chart.appendChild(total);
    });
    figure.appendChild(chart);
    const legend = el('ul', null, 'flow-legend');
    const keys = Object.keys(STEP_COLORS).map(function (k) { return ['→ ' + labels[k], STEP_COLORS[k]]; })
      .concat(Object.keys(CAUSES).filter(function (k) { return k !== 'UNKNOWN'; }).map(function (k) { return CAUSES[k]; }))
      .concat([STILL_THERE]);
    keys.forEach(function (k) {
      const item = el('li');
      const swatch = svg('svg', { width: 12, height: 12, 'aria-hidden': 'true' });
      swatch.appendChild(svg('rect', { width: 12, height: 12, fill: k[1] }));
      item.appendChild(swatch);
      item.appendChild(document.createTextNode(' ' + k[0]));
      legend.appendChild(item);
    });
    figure.appendChild(legend);
    table(figure, ['Steg', 'Vid start', 'Kom in', 'Gick vidare', 'Utan nästa steg', 'Kvar vid slut',
      'Kom in, förändring', 'Lämnade, förändring'], report.steps.map(function (s) {
      const moved = Object.values(s.movedTo).reduce(function (a, b) { return a + b; }, 0);
      return [s.label, number.format(s.atStart), number.format(s.entered), number.format(moved),
        number.format(s.left - moved), number.format(s.stillThere), change(s.change && s.change.entered),
        change(s.change && s.change.left)];
    }));
  }

  /** Median and 90th percentile of the stays that ended, as bars (median) with a mark (p90). */
  function stayBars(report) {
    const figure = caption('flowStays', 'Vistelsetid i dagar för avslutade vistelser (median, streck = 90:e percentil)',
      ANCHORS.stays);
    const rows = report.steps.filter(function (s) { return s.stays.ended > 0; });
    if (rows.length === 0) {
      figure.appendChild(el('p', 'Ingen vistelse avslutades under tertialet.', 'note'));
      return;
    }
    const max = Math.max(1, Math.max.apply(null, rows.map(function (s) { return s.stays.p90Days; })));
    const labelWidth = 150, barWidth = 480, rowHeight = 26;
    const chart = svg('svg', { viewBox: '0 0 ' + (labelWidth + barWidth + 120) + ' ' + rows.length * rowHeight,
      role: 'img', 'aria-label': 'Vistelsetid per steg', class: 'flow-bars' });
    rows.forEach(function (s, i) {
      const y = i * rowHeight;
      const name = svg('text', { x: labelWidth - 8, y: y + 17, 'text-anchor': 'end', class: 'flow-label' });
      name.textContent = s.label;
      chart.appendChild(name);
      const median = svg('rect', { x: labelWidth, y: y + 5, width: Math.max(s.stays.medianDays / max * barWidth, 1),
        height: rowHeight - 10, fill: STEP_COLORS[s.step], class: 'stay-median', 'data-step': s.step });
      const title = svg('title');
      title.textContent = s.label + ': median ' + days(s.stays.medianDays) + ' dagar, 90:e percentil '
        + number.format(s.stays.p90Days) + ' dagar (' + s.stays.ended + ' vistelser)';
      median.appendChild(title);
      chart.appendChild(median);
      const px = labelWidth + s.stays.p90Days / max * barWidth;
      chart.appendChild(svg('line', { x1: px, x2: px, y1: y + 2, y2: y + rowHeight - 2, stroke: '#1c2833',
        'stroke-width': 2 }));
      const value = svg('text', { x: labelWidth + barWidth + 8, y: y + 17, class: 'flow-label' });
      value.textContent = days(s.stays.medianDays) + ' / ' + number.format(s.stays.p90Days);
      chart.appendChild(value);
    });
    figure.appendChild(chart);
  }

  function costTable(report) {
    const figure = caption('flowCost', 'Placeringsdagar och kostnad per steg, förändring från föregående tertial',
      ANCHORS.cost);
    const rows = report.steps.map(function (s) {
      return [s.label, number.format(s.placementDays), kronor.format(s.costSek), change(s.change && s.change.costSek)];
    });
    rows.push(['Alla steg', number.format(report.total.placementDays), kronor.format(report.total.costSek),
      change(report.total.costChange)]);
    table(figure, ['Steg', 'Dagar', 'Kostnad', 'Förändring (kr)'], rows);
    const link = el('a', 'Så räknas förändringen', 'definition');
    link.href = DEFINITIONS + ANCHORS.change;
    figure.appendChild(el('p', null, 'note')).appendChild(link);
  }

  function gapTables(report) {
    const figure = caption('flowGaps', 'Glapp i kedjan: dagar utan placering före en ny placering under tertialet',
      ANCHORS.gaps);
    const gaps = report.gaps;
    if (gaps.byClient.length === 0) {
      figure.appendChild(el('p', 'Inga glapp under tertialet.', 'note'));
      return;
    }
    table(figure, ['Från steg', 'Till steg', 'Antal glapp', 'Dagar', 'Median (dagar)'],
      gaps.byTransition.map(function (t) {
        return [t.fromStep ? labels[t.fromStep] : '–', labels[t.toStep], number.format(t.count),
          number.format(t.totalDays), days(t.medianDays)];
      }));
    const rows = [];
    gaps.byClient.forEach(function (c) {
      c.gaps.forEach(function (g) {
        rows.push([c.caseNumber, g.fromStep ? labels[g.fromStep] : '–', labels[g.toStep],
          g.endedBecause && CAUSES[g.endedBecause] ? CAUSES[g.endedBecause][0] : '–', g.leftOn || '–', g.startedOn,
          number.format(g.days)]);
      });
    });
    table(figure, ['Ärende', 'Från steg', 'Till steg', 'Steget slutade', 'Lämnade', 'Ny placering', 'Dagar'], rows,
      'flow-table gap-clients');
  }

  function load(tertial) {
    fetch('/api/reports/flows?tertial=' + encodeURIComponent(tertial),
      { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (response.status === 401 || response.status === 403) {
          section.hidden = true; // the dashboard's own message says who may see it
          return null;
        }
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.json();
      })
      .then(function (report) {
        if (!report) {
          return;
        }
        report.steps.forEach(function (s) { labels[s.step] = s.label; });
        const meta = document.getElementById('flowMeta');
        meta.replaceChildren(document.createTextNode('Tertial ' + tertialName(report.period.name)
          + ' jämfört med ' + tertialName(report.previousPeriod.name) + '. '));
        const link = el('a', 'Om tertialen', 'definition');
        link.href = DEFINITIONS + ANCHORS.tertial;
        meta.appendChild(link);
        flowBars(report);
        stayBars(report);
        costTable(report);
        gapTables(report);
      })
      .catch(function () {
        document.getElementById('flowMeta').textContent = 'Flödena kunde inte hämtas.';
      });
  }

  if (!section || !select) {
    return;
  }
  let tertial = tertialOf(new Date());
  for (let i = 0; i < 6; i++) {
    const option = el('option', tertialName(tertial));
    option.value = tertial;
    select.appendChild(option);
    tertial = previousTertial(tertial);
  }
  select.addEventListener('change', function () { load(select.value); });
  load(select.value);
})();
