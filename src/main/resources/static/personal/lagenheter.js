// The apartment stock: GET /api/apartments for staff; the bosamordnare adds with POST /api/apartments.
(async function () {
  'use strict';
  const STATUS = { FREE: 'Ledig', RESERVED: 'Reserverad', OCCUPIED: 'Uthyrd' };
  const session = await Bofast.start();
  if (!session) {
    return;
  }

  async function list() {
    const result = await Bofast.api('GET', '/api/apartments');
    if (!result.ok) {
      Bofast.status(document.getElementById('page-status'), 'refused', result.status === 403
        ? 'Du har inte behörighet till lägenhetsbeståndet. ' + ((result.body && result.body.detail) || '')
        : 'Lägenheterna kunde inte hämtas (fel ' + result.status + ').');
      return;
    }
    const body = document.querySelector('#apartments tbody');
    body.replaceChildren();
    result.body.forEach(function (a) {
      const row = document.createElement('tr');
      [a.street, a.postalCode, a.city, a.landlordName, Bofast.STEPS[a.kind] || a.kind, STATUS[a.status] || a.status]
        .forEach(function (text) { Bofast.cell(row, text); });
      body.appendChild(row);
    });
  }

  // the registered landlords as suggestions for the landlord's name (the register is the bosamordnare's)
  if (Bofast.allows(['bosamordnare'])) {
    const partners = await Bofast.api('GET', '/api/partners');
    if (partners.ok) {
      const options = document.getElementById('landlords');
      partners.body.filter(function (p) { return p.kind === 'LANDLORD' && p.active; }).forEach(function (p) {
        const option = document.createElement('option');
        option.value = p.name;
        options.appendChild(option);
      });
    }
  }

  Bofast.onSubmit(document.getElementById('apartment-form'), function (v) {
    return Bofast.api('POST', '/api/apartments', v);
  }, function (a) {
    list();
    return (Bofast.STEPS[a.kind] || a.kind) + 'en på ' + a.street + ', ' + a.postalCode + ' ' + a.city
      + ' (hyresvärd ' + a.landlordName + ') är tillagd i beståndet.';
  });

  await list();
}());
