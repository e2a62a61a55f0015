// The access log for the enhetschef: search per client, user and period (GET /api/access-log, .csv),
// the monthly reviews with their findings, a mark with a comment on each finding.
(async function () {
  'use strict';
  const session = await Bofast.start();
  if (!session) {
    return;
  }
  if (!Bofast.allows(['enhetschef'])) {
    Bofast.status(document.getElementById('page-status'), 'refused', 'Åtkomstloggen är bara för enhetschefer.');
    return;
  }
  const searchForm = document.getElementById('search');
  const time = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'medium', timeZone: 'Europe/Stockholm' });
  const OPERATIONS = { READ: 'Läsning', CREATE: 'Registrering', CHANGE: 'Ändring' };
  const CHANNELS = { API: 'Bofasts sidor och /api', TASKLIST: 'Tasklist', ENGINE_REST: '/engine-rest' };
  let filters = {};
  let page = 0;

  function query(extra) {
    const params = new URLSearchParams();
    Object.keys(filters).forEach(function (k) { params.set(k, filters[k]); });
    Object.keys(extra || {}).forEach(function (k) { params.set(k, extra[k]); });
    return params.toString();
  }

  async function search() {
    const result = await Bofast.api('GET', '/api/access-log?' + query({ page: page, size: 50 }));
    if (!result.ok) {
      Bofast.showRefusal(searchForm, result);
      return;
    }
    const body = document.querySelector('#entries tbody');
    body.replaceChildren();
    result.body.entries.forEach(function (e) {
      const row = document.createElement('tr');
      [time.format(new Date(e.occurredAt)), e.userId, OPERATIONS[e.operation] || e.operation,
        CHANNELS[e.channel] || e.channel, e.endpoint, e.clientId, e.caseNumber || e.caseId
      ].forEach(function (text) { Bofast.cell(row, text); });
      body.appendChild(row);
    });
    const last = Math.max(0, Math.ceil(result.body.total / result.body.size) - 1);
    document.getElementById('previous').disabled = page <= 0;
    document.getElementById('next').disabled = page >= last;
    document.getElementById('csv').href = '/api/access-log.csv?' + query();
    Bofast.status(searchForm.querySelector('.status'), 'ok', result.body.total + ' loggposter. Sida ' + (page + 1)
      + ' av ' + (last + 1) + '.');
  }

  searchForm.addEventListener('submit', function (event) {
    event.preventDefault();
    filters = {};
    Array.prototype.forEach.call(searchForm.elements, function (input) {
      if (input.name && input.value.trim() !== '') {
        filters[input.name] = input.value.trim();
      }
      if (input.name) {
        input.removeAttribute('aria-invalid');
        const slot = document.getElementById(input.id + '-fel');
        if (slot) {
          slot.textContent = '';
        }
      }
    });
    page = 0;
    search();
  });
  document.getElementById('previous').addEventListener('click', function () { page -= 1; search(); });
  document.getElementById('next').addEventListener('click', function () { page += 1; search(); });

  /** Shows the reads behind a finding: the reader on that day. */
  function showReads(a) {
    document.getElementById('clientId').value = a.clientId || '';
    document.getElementById('userId').value = a.userId;
    document.getElementById('from').value = a.day;
    document.getElementById('to').value = a.day;
    searchForm.requestSubmit();
    document.getElementById('search-heading').scrollIntoView();
  }

  function markForm(a) {
    const form = document.createElement('form');
    form.noValidate = true;
    const field = Bofast.el('div', null, 'field');
    const label = Bofast.el('label', 'Kommentar till avvikelse nr ' + a.id);
    label.htmlFor = 'comment-' + a.id;
    const input = document.createElement('textarea');
    input.id = 'comment-' + a.id;
    input.name = 'comment';
    input.rows = 2;
    input.maxLength = 2000;
    input.setAttribute('aria-describedby', 'comment-' + a.id + '-fel');
    const error = Bofast.el('p', null, 'error');
    error.id = 'comment-' + a.id + '-fel';
    error.setAttribute('aria-live', 'polite');
    field.append(label, input, error);
    const box = Bofast.el('div', null, 'status');
    box.setAttribute('role', 'status');
    box.tabIndex = -1;
    box.hidden = true;
    const button = Bofast.el('button', 'Markera som granskad');
    button.type = 'submit';
    form.append(field, box, button);
    Bofast.onSubmit(form, function (given) {
      return Bofast.api('POST', '/api/access-log/anomalies/' + a.id + '/review', { comment: given.comment || '' });
    }, function (marked) {
      return 'Granskad av ' + marked.reviewedBy + ': ' + marked.comment;
    });
    return form;
  }

  function anomaly(a) {
    const item = document.createElement('li');
    const what = 'Nr ' + a.id + ', ' + a.day + ', ' + a.userId + ': ' + a.kindLabel
      + (a.clientId ? ', klient-id ' + a.clientId : '') + ' (' + a.readCount + (a.readCount === 1 ? ' läsning)' : ' läsningar)');
    item.appendChild(Bofast.el('p', what));
    const reads = Bofast.el('button', 'Visa läsningarna', 'secondary');
    reads.type = 'button';
    reads.setAttribute('aria-label', 'Visa läsningarna bakom avvikelse nr ' + a.id);
    reads.addEventListener('click', function () { showReads(a); });
    item.appendChild(reads);
    if (a.reviewedBy) {
      item.appendChild(Bofast.el('p', 'Granskad av ' + a.reviewedBy + ': ' + a.comment));
    } else {
      item.appendChild(markForm(a));
    }
    return item;
  }

  async function reviews() {
    const result = await Bofast.api('GET', '/api/access-log/reviews');
    const holder = document.getElementById('reviews');
    holder.replaceChildren();
    if (!result.ok) {
      Bofast.status(document.getElementById('page-status'), 'refused', 'Granskningarna kunde inte hämtas (fel ' + result.status + ').');
      return;
    }
    if (result.body.length === 0) {
      holder.appendChild(Bofast.el('p', 'Ingen granskning ännu.'));
    }
    result.body.forEach(function (r) {
      holder.appendChild(Bofast.el('h3', 'Perioden ' + r.periodFrom + ' – ' + r.periodTo + (r.completedAt
        ? ' (avslutad av ' + r.completedBy + ')' : ' (pågår)')));
      if (r.comment) {
        holder.appendChild(Bofast.el('p', 'Kommentar: ' + r.comment));
      }
      if (r.anomalies.length === 0) {
        holder.appendChild(Bofast.el('p', 'Inga avvikelser.'));
        return;
      }
      const list = document.createElement('ul');
      r.anomalies.forEach(function (a) { list.appendChild(anomaly(a)); });
      holder.appendChild(list);
    });
  }

  const previous = new Date();
  previous.setDate(1);
  previous.setMonth(previous.getMonth() - 1);
  document.getElementById('month').value = previous.toISOString().substring(0, 7);
  Bofast.onSubmit(document.getElementById('start'), function (given) {
    return Bofast.api('POST', '/api/access-log/reviews', { month: given.month || '' });
  }, function (started) {
    reviews();
    return 'Granskningen av ' + started.month + ' är startad. Uppgiften kommer i Tasklist när avvikelserna är listade.';
  });
  reviews();
}());
