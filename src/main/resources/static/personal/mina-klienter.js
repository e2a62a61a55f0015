// "Mina klienter": the clients whose team the logged-in user is on (GET /api/me/clients), each
// with the step in the chain and the next due task, linked to the client page.
(async function () {
  'use strict';
  const ROLES = { CASE_MANAGER: 'Case manager/uppsökare', BOENDELOTS: 'Boendelots',
    SOCIALSEKRETERARE: 'Socialsekreterare', BOSAMORDNARE: 'Bosamordnare' };

  function pad(n) { return (n < 10 ? '0' : '') + n; }
  function dateTime(iso) {
    if (!iso) { return null; }
    const d = new Date(iso);
    return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()) + ' ' + pad(d.getHours()) + ':' + pad(d.getMinutes());
  }

  const session = await Bofast.start();
  if (!session) {
    return;
  }
  const result = await Bofast.api('GET', '/api/me/clients');
  if (!result.ok) {
    Bofast.status(document.getElementById('page-status'), 'refused',
      'Listan kunde inte hämtas. ' + (result.body && result.body.detail ? result.body.detail : ''));
    return;
  }
  const body = document.querySelector('#clients tbody');
  result.body.forEach(function (c) {
    const row = Bofast.el('tr');
    const name = Bofast.el('th');
    name.scope = 'row';
    const link = Bofast.el('a', c.displayName);
    link.href = 'klient.html?id=' + encodeURIComponent(c.clientId);
    name.appendChild(link);
    row.appendChild(name);
    Bofast.cell(row, c.roles.map(function (r) { return ROLES[r] || r; }).join(', '));
    Bofast.cell(row, c.currentStep ? c.currentStep.label + ' sedan ' + c.currentStep.since : 'Ingen placering');
    Bofast.cell(row, c.nextTask);
    Bofast.cell(row, dateTime(c.nextDue));
    Bofast.cell(row, c.openTasks);
    body.appendChild(row);
  });
  document.getElementById('clients').hidden = result.body.length === 0;
  document.getElementById('clients-empty').hidden = result.body.length > 0;
  document.getElementById('clients-panel').hidden = false;
}());
