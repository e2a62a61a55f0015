// The client page's parts: the Swedish labels and how each part of the file is shown
// (identity, team, the chain as a timeline, tasks, eviction cases, follow-ups, work plan, journal).
(function () {
  'use strict';
  const el = function (tag, text, cls) { return Bofast.el(tag, text, cls); };
  const cell = function (row, text) { Bofast.cell(row, text); };

  const ROLES = { CASE_MANAGER: 'Case manager/uppsökare', BOENDELOTS: 'Boendelots',
    SOCIALSEKRETERARE: 'Socialsekreterare', BOSAMORDNARE: 'Bosamordnare' };
  const NEEDS = { ADDICTION: 'Missbruk', PSYCHIATRIC: 'Psykisk ohälsa', BOTH: 'Samsjuklighet (missbruk och psykisk ohälsa)' };
  const END_REASONS = { MOVED_ON: 'gick vidare i kedjan', TERMINATED: 'avbröts', TAKEOVER: 'tog över kontraktet',
    CLOSED: 'ärendet avslutades' };
  const CAUSES = { RELAPSE: 'återfall', UNPAID_RENT: 'uppsägning – obetald hyra', DISTURBANCE: 'uppsägning – störningar',
    NEGLECT: 'uppsägning – vanvård', DECISION_ENDED: 'beslutet upphörde' };
  const CASE_STATUS = { OPEN: 'Öppet', CLOSED: 'Avslutat' };
  const OUTCOMES = { PREVENTED: 'Vräkning förhindrad', MOVED: 'Flyttade själv', EVICTED: 'Vräkt', WITHDRAWN: 'Återkallat' };
  const ASSESSMENTS = { ASI_GRUND: 'ASI Grund', ASI_UPPFOLJNING: 'ASI Uppföljning', DUR: 'DUR' };
  const FOLLOWUP_STATUS = { PENDING: 'Planerad', DONE: 'Gjord', NOT_DONE: 'Inte gjord' };
  const SIP_STATUS = { NONE: 'Ingen SIP', AWAITING_CONSENT: 'Väntar på samtycke', DECLINED: 'Samtycke saknas',
    PLANNING: 'Planeras', CURRENT: 'Aktuell', OVERDUE: 'Uppföljningen är försenad', ENDED: 'Avslutad' };

  function pad(n) { return (n < 10 ? '0' : '') + n; }

  /** An instant as the workstation's local date and time: 2026-11-30 14:05. */
  function dateTime(iso) {
    if (!iso) { return null; }
    const d = new Date(iso);
    return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()) + ' ' + pad(d.getHours()) + ':' + pad(d.getMinutes());
  }

  function day(iso) { return iso ? dateTime(iso).substring(0, 10) : null; }

  function fact(list, term, value) {
    list.appendChild(el('dt', term));
    list.appendChild(el('dd', value === null || value === undefined || value === '' ? '–' : String(value)));
  }

  function rows(table, items, fill, empty) {
    const body = table.querySelector('tbody');
    body.replaceChildren();
    items.forEach(function (item) { const row = el('tr'); fill(row, item); body.appendChild(row); });
    table.hidden = items.length === 0;
    document.getElementById(empty).hidden = items.length > 0;
  }

  function identity(client) {
    const list = document.getElementById('identity');
    list.replaceChildren();
    if (client.identityHidden) {
      fact(list, 'Identitet', 'Skyddade personuppgifter – visas bara för klientens team och enhetschefen');
      fact(list, 'Visas som', client.displayName);
    } else if (client.identified) {
      fact(list, 'Namn', [client.firstName, client.lastName].join(' ').trim());
      fact(list, client.coordinationNumber ? 'Samordningsnummer' : 'Personnummer', client.personalNumber);
      if (client.alias) { fact(list, 'Alias före identifiering', client.alias); }
    } else {
      fact(list, 'Alias', client.alias);
      fact(list, 'Identitet', 'Oidentifierad');
    }
    fact(list, 'Behov', NEEDS[client.needs] || client.needs);
    fact(list, 'Barn i hushållet', client.childrenInHousehold === null ? 'Okänt' : client.childrenInHousehold);
  }

  function team(current) {
    rows(document.getElementById('team'), current, function (row, h) {
      const role = el('th', ROLES[h.role] || h.role); role.scope = 'row'; row.appendChild(role);
      cell(row, h.name + ' (' + h.userId + ')'); cell(row, day(h.heldFrom));
    }, 'team');
    document.getElementById('team').hidden = false;
  }

  function placementItem(p) {
    const item = el('li', null, 'step' + (p.endDate ? '' : ' now'));
    item.appendChild(el('strong', Bofast.STEPS[p.step] || p.step));
    if (p.place) { item.appendChild(el('span', ' – ' + p.place)); }
    let when = p.startDate + (p.endDate ? ' till ' + p.endDate : ', pågår');
    if (p.endReason) {
      when += ' (' + (END_REASONS[p.endReason] || p.endReason)
        + (p.terminationCause ? ': ' + (CAUSES[p.terminationCause] || p.terminationCause) : '') + ')';
    }
    item.appendChild(el('p', when, 'when'));
    return item;
  }

  /** The chain as a timeline: one list per journey, its placements in order, the gaps between them. */
  function chain(file) {
    const box = document.getElementById('chain');
    box.replaceChildren();
    const now = file.currentStep;
    document.getElementById('current-step').textContent = now
      ? 'Nu: ' + now.label + ' sedan ' + now.since + ' (' + now.caseNumber + ').'
      : 'Klienten har ingen pågående placering.';
    if (file.journeys.length === 0) { box.appendChild(el('p', 'Klienten är inte i vårdkedjan.')); }
    file.journeys.forEach(function (j) {
      box.appendChild(el('h3', j.caseNumber + (j.open ? ' – pågår' : ' – avslutad ' + (j.closedOn || ''))));
      const list = el('ol', null, 'timeline');
      list.setAttribute('aria-label', 'Placeringar i ' + j.caseNumber + ', äldst först');
      if (j.placements.length === 0) { list.appendChild(el('li', 'Ingen placering ännu (uppsökande eller utredning).', 'step')); }
      j.placements.forEach(function (p) {
        if (p.gapDaysBefore) {
          list.appendChild(el('li', p.gapDaysBefore + (p.gapDaysBefore === 1 ? ' dag' : ' dagar') + ' utan placering', 'gap'));
        }
        list.appendChild(placementItem(p));
      });
      box.appendChild(list);
    });
  }

  function tasks(list) {
    rows(document.getElementById('tasks'), list, function (row, t) {
      const name = el('td'); const link = el('a', t.name);
      link.href = '/camunda/app/tasklist/default/#/?task=' + encodeURIComponent(t.id);
      name.appendChild(link); row.appendChild(name);
      cell(row, t.caseNumber); cell(row, t.assigneeName ? t.assigneeName : 'Ingen ännu (gruppens lista)');
      cell(row, dateTime(t.due));
    }, 'tasks-empty');
  }

  function evictions(list) {
    rows(document.getElementById('evictions'), list, function (row, c) {
      cell(row, c.caseNumber); cell(row, CASE_STATUS[c.status] || c.status); cell(row, c.contactDeadline);
      cell(row, c.reclaimDeadline); cell(row, c.evictionDate ? c.evictionDate.replace('T', ' ').substring(0, 16) : null);
      cell(row, c.rentDebtSek === null ? null : Number(c.rentDebtSek).toLocaleString('sv-SE') + ' kr');
      cell(row, c.outcome ? OUTCOMES[c.outcome] || c.outcome : null);
    }, 'evictions-empty');
  }

  function followups(f) {
    const items = f.assessments.map(function (a) {
      return { kind: a.kind, date: a.date, what: 'Bedömning gjord av ' + a.doneBy, status: 'Gjord' };
    }).concat(f.followups.map(function (u) {
      return { kind: u.kind, date: u.dueDate, what: 'Uppföljning', status: FOLLOWUP_STATUS[u.status] || u.status };
    })).sort(function (a, b) { return a.date < b.date ? -1 : a.date > b.date ? 1 : 0; });
    rows(document.getElementById('followups'), items, function (row, i) {
      cell(row, ASSESSMENTS[i.kind] || i.kind); cell(row, i.date); cell(row, i.what); cell(row, i.status);
    }, 'followups-empty');
    const sip = document.getElementById('sip');
    sip.replaceChildren();
    fact(sip, 'Status', f.sip ? SIP_STATUS[f.sip.status] || f.sip.status : 'Ingen SIP');
    if (f.sip && f.sip.number) { fact(sip, 'Ärendenummer', f.sip.number); }
    if (f.sip && f.sip.nextFollowUp) { fact(sip, 'Nästa uppföljning', f.sip.nextFollowUp); }
    fact(sip, 'Behöver SIP', f.needsSip ? 'Ja' : 'Nej');
  }

  function workPlan(result) {
    const box = document.getElementById('work-plan');
    box.replaceChildren();
    if (result.status === 404) { box.appendChild(el('p', 'Ingen arbetsplan ännu')); return; }
    if (!result.ok) { box.appendChild(el('p', 'Arbetsplanen kunde inte hämtas (fel ' + result.status + ').')); return; }
    const plan = result.body;
    (plan.areas || []).forEach(function (a) {
      box.appendChild(el('h3', a.area));
      box.appendChild(el('p', 'Mål: ' + (a.goal || '–')));
      const list = el('ul');
      (a.actions || []).forEach(function (x) { list.appendChild(el('li', x.what + ' – ' + x.who)); });
      box.appendChild(list);
    });
    const facts = el('dl', null, 'facts');
    if (plan.rentDebtContact) { fact(facts, 'Kontakt vid hyresskuld', plan.rentDebtContact.name || plan.rentDebtContact.userId); }
    fact(facts, 'Uppföljning', plan.followUpOn);
    box.appendChild(facts);
  }

  function journal(entries) {
    const list = document.getElementById('journal');
    list.replaceChildren();
    entries.forEach(function (e) {
      const item = el('li', null, 'entry' + (e.corrected ? ' corrected' : ''));
      item.appendChild(el('h3', e.eventDate + ' · ' + e.kindLabel + (e.caseNumber ? ' · ' + e.caseNumber : '')));
      item.appendChild(el('p', e.text, 'text'));
      let meta = 'Skriven ' + dateTime(e.writtenAt) + ' av ' + e.writtenByName + '. '
        + (e.signed ? 'Signerad ' + dateTime(e.signedAt) + '.' : 'Inte signerad.');
      if (e.corrects) { meta += ' Rättar en tidigare anteckning.'; }
      if (e.corrected) { meta += ' Rättad av en senare anteckning.'; }
      item.appendChild(el('p', meta, 'meta'));
      list.appendChild(item);
    });
    document.getElementById('journal-empty').hidden = entries.length > 0;
  }

  window.ClientPage = { ROLES: ROLES, identity: identity, team: team, chain: chain, tasks: tasks,
    evictions: evictions, followups: followups, workPlan: workPlan, journal: journal };
}());
