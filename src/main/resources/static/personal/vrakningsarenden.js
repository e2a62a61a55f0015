// The open eviction cases (GET /api/eviction-cases?status=open) and one case (GET /api/eviction-cases/{id}).
(async function () {
  'use strict';
  const PRIORITY = { URGENT: 'Akut', HIGH: 'Hög', NORMAL: 'Normal' };
  const SOURCE = { LANDLORD: 'Hyresvärd', KRONOFOGDEN: 'Kronofogden', BOSTADSFORMEDLINGEN: 'Bostadsförmedlingen', SOCIAL_SERVICES: 'Socialtjänsten' };
  const TYPE = { RENT_ARREARS: 'Hyresskuld', DISTURBANCE: 'Störningar', EVICTION_DATE_SET: 'Avhysningsdatum bestämt', EARLY_WARNING: 'Tidig varning' };
  const OUTCOME = { PREVENTED: 'Vräkning förhindrad', MOVED: 'Flyttat själv', EVICTED: 'Vräkning verkställd', WITHDRAWN: 'Återkallad' };
  const kronor = new Intl.NumberFormat('sv-SE', { style: 'currency', currency: 'SEK', maximumFractionDigits: 0 });
  const session = await Bofast.start();
  if (!session) {
    return;
  }

  function day(value) {
    return value ? String(value).substring(0, 10) : null;
  }

  function refused(result) {
    Bofast.status(document.getElementById('page-status'), 'refused', result.status === 403
      ? 'Du har inte behörighet till vräkningsärendena. ' + ((result.body && result.body.detail) || '')
      : 'Ärendena kunde inte hämtas (fel ' + result.status + ').');
  }

  async function list() {
    const result = await Bofast.api('GET', '/api/eviction-cases?status=open');
    if (!result.ok) {
      refused(result);
      return;
    }
    const body = document.querySelector('#cases tbody');
    body.replaceChildren();
    document.getElementById('cases-empty').hidden = result.body.length > 0;
    result.body.forEach(function (c) {
      const row = document.createElement('tr');
      const first = document.createElement('td');
      const open = Bofast.el('button', c.caseNumber, 'secondary');
      open.type = 'button';
      open.setAttribute('aria-label', 'Öppna ärende ' + c.caseNumber);
      open.addEventListener('click', function () { show(c.caseId); });
      first.appendChild(open);
      row.appendChild(first);
      [PRIORITY[c.priority] || c.priority, day(c.contactDeadline), day(c.reclaimDeadline), day(c.evictionDate),
        c.landlordName, c.childrenInHousehold].forEach(function (text) { Bofast.cell(row, text); });
      body.appendChild(row);
    });
  }

  async function show(id) {
    const result = await Bofast.api('GET', '/api/eviction-cases/' + id);
    if (!result.ok) {
      refused(result);
      return;
    }
    const c = result.body;
    document.getElementById('case').hidden = false;
    const heading = document.getElementById('case-heading');
    heading.textContent = 'Ärende ' + c.caseNumber;
    const facts = document.getElementById('case-facts');
    facts.replaceChildren();
    [['Status', c.status === 'OPEN' ? 'Öppet' : 'Avslutat'], ['Prioritet', PRIORITY[c.priority] || c.priority],
      ['Adress', [c.street, c.postalCode, c.city].filter(Boolean).join(', ')], ['Hyresvärd', c.landlordName],
      ['Barn i hushållet', c.childrenInHousehold], ['Hyresskuld', c.rentDebtSek === null ? null : kronor.format(c.rentDebtSek)],
      ['Första signal', day(c.firstSignalOn)], ['Kontakt senast', day(c.contactDeadline)],
      ['Återvinningsfrist', day(c.reclaimDeadline)], ['Avhysning', day(c.evictionDate)],
      ['Första kontakt', day(c.firstContactOn)], ['Fortsatt utan kontakt', day(c.continuedWithoutContactOn)],
      ['UV-teamets beslut', c.uvTeamDecision ? c.uvTeamDecision.decidedOn + ': ' + c.uvTeamDecision.measures
        + ' (ansvarig ' + c.uvTeamDecision.responsible + ', senast ' + c.uvTeamDecision.actBy + ')' : null],
      ['Utfall', c.outcome ? (OUTCOME[c.outcome] || c.outcome) + (c.outcomeOn ? ' den ' + c.outcomeOn : '') : null],
      ['Vårdkedjans ärende', c.clientJourneyCaseNumber]]
      .forEach(function (f) {
        facts.appendChild(Bofast.el('dt', f[0]));
        facts.appendChild(Bofast.el('dd', f[1] === null || f[1] === undefined || f[1] === '' ? '–' : String(f[1])));
      });
    const tenants = document.getElementById('case-tenants');
    tenants.replaceChildren();
    (c.tenants || []).forEach(function (t) {
      tenants.appendChild(Bofast.el('li', t.name + (t.mainTenant ? ' (hyresgäst)' : ' (medhyresgäst sedan ' + t.addedOn + ')')));
    });
    const signals = document.querySelector('#case-signals tbody');
    signals.replaceChildren();
    (c.signals || []).forEach(function (s) {
      const row = document.createElement('tr');
      [s.receivedOn, SOURCE[s.source] || s.source, TYPE[s.type] || s.type,
        s.rentDebtSek === null ? null : kronor.format(s.rentDebtSek), s.childrenInHousehold]
        .forEach(function (text) { Bofast.cell(row, text); });
      signals.appendChild(row);
    });
    heading.focus();
  }

  await list();
}());
