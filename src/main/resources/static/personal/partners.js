// The partner register: GET/POST /api/partners, a partner's contact persons, contact interval
// and apartment needs. The bosamordnare registers and edits; the enhetschef reads.
(async function () {
  'use strict';
  const INTERVALS = { P1M: 'En gång i månaden', P3M: 'Var tredje månad', P6M: 'Var sjätte månad', P1Y: 'En gång om året', P12M: 'En gång om året' };
  const NEED_STATUS = { OPEN: 'Förhandlas', NEGOTIATED: 'Förhandlat', CANCELLED: 'Avbrutet' };
  const session = await Bofast.start();
  if (!session) {
    return;
  }
  let current = null; // the open partner's id

  function interval(value) {
    return INTERVALS[value] || value;
  }

  async function list() {
    const result = await Bofast.api('GET', '/api/partners');
    if (!result.ok) {
      refused(result);
      return;
    }
    const body = document.querySelector('#partners tbody');
    body.replaceChildren();
    result.body.forEach(function (p) {
      const row = document.createElement('tr');
      Bofast.cell(row, p.name);
      Bofast.cell(row, Bofast.PARTNER_KINDS[p.kind] || p.kind);
      Bofast.cell(row, p.organisationNumber);
      Bofast.cell(row, interval(p.contactInterval));
      Bofast.cell(row, p.active ? 'Pågår' : 'Avslutat');
      const open = Bofast.el('button', 'Öppna', 'secondary');
      open.type = 'button';
      open.setAttribute('aria-label', 'Öppna ' + p.name);
      open.addEventListener('click', function () { show(p.id, true); });
      const td = document.createElement('td');
      td.appendChild(open);
      row.appendChild(td);
      body.appendChild(row);
    });
  }

  function refused(result) {
    const box = document.getElementById('page-status');
    Bofast.status(box, 'refused', result.status === 403
      ? 'Du har inte behörighet till partnerregistret. ' + ((result.body && result.body.detail) || '')
      : 'Partnerregistret kunde inte hämtas (fel ' + result.status + ').');
  }

  async function show(id, focus) {
    const [partner, needs] = await Promise.all([
      Bofast.api('GET', '/api/partners/' + id), Bofast.api('GET', '/api/partners/' + id + '/apartment-needs')]);
    if (!partner.ok || !needs.ok) {
      refused(partner.ok ? needs : partner);
      return;
    }
    current = id;
    const p = partner.body;
    const section = document.getElementById('partner');
    section.hidden = false;
    document.getElementById('partner-heading').textContent = p.name;
    const facts = document.getElementById('partner-facts');
    facts.replaceChildren();
    [['Slag', Bofast.PARTNER_KINDS[p.kind] || p.kind], ['Organisationsnummer', p.organisationNumber],
      ['Kontaktintervall', interval(p.contactInterval)], ['Samarbete', p.active ? 'Pågår' : 'Avslutat']]
      .forEach(function (f) {
        facts.appendChild(Bofast.el('dt', f[0]));
        facts.appendChild(Bofast.el('dd', f[1]));
      });
    const persons = document.getElementById('contact-persons');
    persons.replaceChildren();
    (p.contactPersons || []).forEach(function (c) {
      persons.appendChild(Bofast.el('li', [c.name, c.role, c.phone, c.email].filter(Boolean).join(', ')));
    });
    if (persons.children.length === 0) {
      persons.appendChild(Bofast.el('li', 'Inga kontaktpersoner ännu.'));
    }
    const rows = document.querySelector('#needs tbody');
    rows.replaceChildren();
    needs.body.forEach(function (n) {
      const row = document.createElement('tr');
      Bofast.cell(row, Bofast.STEPS[n.kind] || n.kind);
      Bofast.cell(row, n.requested);
      Bofast.cell(row, n.obtained);
      Bofast.cell(row, NEED_STATUS[n.status] || n.status);
      rows.appendChild(row);
    });
    if (focus) {
      document.getElementById('partner-heading').focus();
    }
  }

  Bofast.onSubmit(document.getElementById('partner-form'), function (v) {
    return Bofast.api('POST', '/api/partners', v);
  }, function (p) {
    list();
    return 'Partnern ' + p.name + ' (' + (Bofast.PARTNER_KINDS[p.kind] || p.kind) + ', organisationsnummer '
      + p.organisationNumber + ') är registrerad.';
  });

  Bofast.onSubmit(document.getElementById('need-form'), function (v) {
    return Bofast.api('POST', '/api/partners/' + current + '/apartment-needs', v);
  }, function (n) {
    show(current);
    const kind = (Bofast.STEPS[n.kind] || n.kind).toLowerCase();
    return 'Behovet av ' + (n.requested === 1 ? 'en ' + kind : n.requested + ' ' + kind + 'er') + ' är registrerat.';
  });

  Bofast.onSubmit(document.getElementById('contact-person-form'), function (v) {
    return Bofast.api('POST', '/api/partners/' + current + '/contact-persons', v);
  }, function (c) {
    show(current);
    return 'Kontaktpersonen ' + c.name + ' är tillagd.';
  });

  Bofast.onSubmit(document.getElementById('interval-form'), function (v) {
    return Bofast.api('PUT', '/api/partners/' + current + '/contact-interval', v);
  }, function (p) {
    show(current);
    list();
    return 'Kontaktintervallet för ' + p.name + ' är nu: ' + interval(p.contactInterval).toLowerCase() + '.';
  });

  Bofast.onSubmit(document.getElementById('deactivation-form'), function (v) {
    if (!v.confirm) {
      return Promise.resolve({ status: 400, body: { errors: [{ field: 'confirm', message: 'Kryssa i rutan för att bekräfta.' }] } });
    }
    return Bofast.api('POST', '/api/partners/' + current + '/deactivation');
  }, function (p) {
    show(current);
    list();
    return 'Samarbetet med ' + p.name + ' är avslutat.';
  });

  await list();
}());
