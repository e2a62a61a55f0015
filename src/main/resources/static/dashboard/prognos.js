// The vårdprognos per case, the training and trial apartments per month (hand-drawn SVG lines), first
// contacts with previously unknown homeless people by channel and boendestöd per client (issue 14 item 6).
// Every figure links to its definition: /dashboard/definitioner#<the heading's slug> (GitHub's rule:
// lower case, spaces to '-', punctuation removed, å/ä/ö kept).
(function () {
  const STEPS = {
    HARBARGE: 'Härbärge', BEHANDLING: 'Behandling', INACKORDERINGSHEM: 'Inackorderingshem',
    STODBOENDE: 'Stödboende', TRANINGSLAGENHET: 'Träningslägenhet', FORSOKSLAGENHET: 'Försökslägenhet',
    EGET_KONTRAKT: 'Eget kontrakt'
  };
  const CHANNELS = {
    OUTREACH: 'Uppsökande arbete', VOLUNTARY_ORGANISATION: 'Ideell organisation', POLICE: 'Polisen', OTHER: 'Annat'
  };
  const DEFINITIONS = '/dashboard/definitioner#';
  const number = new Intl.NumberFormat('sv-SE');
  const decimal = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const kronor = new Intl.NumberFormat('sv-SE', { style: 'currency', currency: 'SEK', maximumFractionDigits: 0 });
  const SVG = 'http://www.w3.org/2000/svg';
  const section = document.getElementById('prognos');

  function get(path) {
    return fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.json();
      });
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

  /** A figure with a caption and a link to the figure's definition. */
  function figure(id, caption, anchor) {
    const fig = el('figure', null, 'prognos-figure');
    fig.id = id;
    const cap = el('figcaption', caption + ' ');
    const link = el('a', 'Definition', 'definition-link');
    link.href = DEFINITIONS + anchor;
    cap.appendChild(link);
    fig.appendChild(cap);
    section.appendChild(fig);
    return fig;
  }

  function table(headers, rows, footer) {
    const t = el('table', null, 'prognos-table');
    const head = t.createTHead().insertRow();
    headers.forEach(function (h) { const th = el('th', h); th.scope = 'col'; head.appendChild(th); });
    const body = t.createTBody();
    rows.forEach(function (cells) {
      const tr = body.insertRow();
      cells.forEach(function (c, i) { tr.appendChild(el(i === 0 ? 'th' : 'td', c)); });
    });
    if (footer) {
      const tr = t.createTFoot().insertRow();
      footer.forEach(function (c, i) { tr.appendChild(el(i === 0 ? 'th' : 'td', c)); });
    }
    return t;
  }

  function failed(fig, error) {
    fig.appendChild(el('p', 'Siffrorna kunde inte hämtas (' + error.message + ').', 'prognos-error'));
  }

  function forecast(f) {
    const fig = figure('vardprognos', 'Vårdprognos per klient ' + f.year + ' (bokat till och med ' + f.asOf
      + ', planerat året ut)', 'vårdprognos-per-klient');
    fig.appendChild(table(
      ['Ärendenummer', 'Pågående steg', 'Bokat', 'Planerat', 'Summa', 'I kö till'],
      f.rows.map(function (r) {
        return [r.caseNumber, STEPS[r.currentStep] || '–', kronor.format(r.bookedSek), kronor.format(r.plannedSek),
          kronor.format(r.totalSek), STEPS[r.queuedFor] || ''];
      }),
      ['Summa', '', kronor.format(f.bookedSek), kronor.format(f.plannedSek), kronor.format(f.totalSek), '']));
    const links = el('p', null, 'prognos-downloads');
    [['care-forecast.xlsx', 'Ladda ner Excel'], ['care-forecast.csv', 'Ladda ner CSV']].forEach(function (d) {
      const a = el('a', d[1]);
      a.href = '/api/reports/' + d[0];
      a.setAttribute('download', '');
      links.appendChild(a);
      links.appendChild(document.createTextNode(' '));
    });
    fig.appendChild(links);
  }

  /** Lines per month, drawn as SVG polylines with a y axis from 0 and one label per month. */
  function lines(fig, months, series) {
    const width = 520, height = 220, left = 36, bottom = 28, top = 10;
    const max = Math.max(1, ...series.flatMap(function (s) { return months.map(s.value); }));
    const x = function (i) { return left + (months.length === 1 ? 0 : i * (width - left - 28) / (months.length - 1)); };
    const y = function (v) { return top + (height - top - bottom) * (1 - v / max); };
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
    svg.setAttribute('class', 'prognos-lines');
    svg.setAttribute('role', 'img');
    function add(tag, attrs, text) {
      const node = document.createElementNS(SVG, tag);
      Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
      if (text !== undefined) { node.textContent = text; }
      svg.appendChild(node);
      return node;
    }
    [0, max].forEach(function (v) {
      add('line', { x1: left, x2: width - 10, y1: y(v), y2: y(v), class: 'grid' });
      add('text', { x: left - 6, y: y(v) + 4, 'text-anchor': 'end' }, number.format(v));
    });
    months.forEach(function (m, i) {
      add('text', { x: x(i), y: height - 8, 'text-anchor': 'middle' }, m.month.substring(2));
    });
    series.forEach(function (s) {
      add('polyline', { points: months.map(function (m, i) { return x(i) + ',' + y(s.value(m)); }).join(' '),
        fill: 'none', stroke: s.color, 'stroke-width': 2.5, 'data-series': s.label });
      months.forEach(function (m, i) {
        add('circle', { cx: x(i), cy: y(s.value(m)), r: 3, fill: s.color })
          .appendChild(document.createElementNS(SVG, 'title')).textContent = s.label + ' ' + m.month + ': ' + s.value(m);
      });
    });
    svg.setAttribute('aria-label', series.map(function (s) {
      return s.label + ': ' + months.map(function (m) { return m.month + ' ' + s.value(m); }).join(', ');
    }).join('; '));
    fig.appendChild(svg);
    const legend = el('p', null, 'prognos-legend');
    series.forEach(function (s) {
      const key = el('span', s.label);
      key.style.borderColor = s.color;
      legend.appendChild(key);
    });
    fig.appendChild(legend);
  }

  function stock(s) {
    [['training', 'Träningslägenheter'], ['trial', 'Försökslägenheter']].forEach(function (kind, k) {
      const fig = figure('bestand-' + kind[0], kind[1] + ' per månad (ägda, uthyrda, lediga)',
        'lägenhetsbeståndet-per-månad');
      lines(fig, s.months, [
        { label: 'Ägda', color: '#1c4e80', value: function (m) { return m[kind[0]].owned; } },
        { label: 'Uthyrda', color: '#ea6a47', value: function (m) { return m[kind[0]].occupied; } },
        { label: 'Lediga', color: '#7e909a', value: function (m) { return m[kind[0]].vacant; } }
      ]);
    });
  }

  function contacts(c) {
    const fig = figure('forsta-kontakter', 'Kontakter med tidigare okända hemlösa i år, per kanal',
      'första-kontakter-med-tidigare-okända-hemlösa');
    fig.appendChild(table(['Kanal', 'Första kontakter', 'Alla kontakter'],
      Object.keys(CHANNELS).map(function (ch) {
        return [CHANNELS[ch], number.format(c.firstContactsByChannel[ch]),
          number.format(c.unknownHomelessContactsByChannel[ch])];
      }),
      ['Summa', number.format(c.firstContacts), number.format(c.unknownHomelessContacts)]));
    if (c.byOrganisation.length) {
      fig.appendChild(table(['Ideell organisation', 'Första kontakter', 'Alla kontakter'],
        c.byOrganisation.map(function (o) {
          return [o.name, number.format(o.firstContacts), number.format(o.unknownHomelessContacts)];
        })));
    }
  }

  function support(v) {
    const fig = figure('boendestod', 'Boendestöd per klient i år (' + kronor.format(v.costPerVisitSek) + ' per besök)',
      'boendestöd-per-klient');
    fig.appendChild(table(['Ärendenummer', 'Veckor', 'Besök', 'Besök per vecka', 'Kostnad'],
      v.clients.map(function (c) {
        return [c.caseNumber, number.format(c.weeks), number.format(c.visits), decimal.format(c.visitsPerWeek),
          kronor.format(c.costSek)];
      }),
      ['Summa', number.format(v.weeks), number.format(v.visits), '', kronor.format(v.costSek)]));
  }

  if (!section) {
    return;
  }
  get('/api/reports/care-forecast').then(function (f) {
    forecast(f);
    const today = f.asOf;
    const yearStart = today.substring(0, 4) + '-01-01';
    const back = new Date(today + 'T12:00:00');
    back.setDate(1);
    back.setMonth(back.getMonth() - 11);
    const stockFrom = back.getFullYear() + '-' + String(back.getMonth() + 1).padStart(2, '0') + '-01';
    return Promise.all([
      get('/api/reports/apartment-stock?from=' + stockFrom + '&to=' + today).then(stock),
      get('/api/reports/first-contacts?from=' + yearStart + '&to=' + today).then(contacts),
      get('/api/reports/support-visits?from=' + yearStart + '&to=' + today).then(support)
    ]);
  }).catch(function (error) {
    failed(section, error);
  });
})();
