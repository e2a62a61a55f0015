// The client page's part for protected identity (skyddade personuppgifter): the current
// markings and every marking with who set and removed it, for the client's team and the
// enhetschef (the file carries "protection" only for them; others see the client without identity).
(function () {
  'use strict';
  const LABELS = { SEKRETESSMARKERING: 'Sekretessmarkering', SKYDDAD_FOLKBOKFORING: 'Skyddad folkbokföring',
    FINGERADE_PERSONUPPGIFTER: 'Fingerade personuppgifter' };

  function when(iso, by) {
    if (!iso) { return '–'; }
    const d = new Date(iso);
    const pad = function (n) { return (n < 10 ? '0' : '') + n; };
    return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()) + ' ' + pad(d.getHours()) + ':'
      + pad(d.getMinutes()) + ' av ' + by;
  }

  function person(m) {
    return m.person === 'CLIENT' ? 'Klienten' : 'Hushållsmedlem ' + m.memberPersonalNumber;
  }

  function show(protection) {
    const part = document.getElementById('protection');
    if (!protection) {
      part.hidden = true;
      return;
    }
    part.hidden = false;
    document.getElementById('protection-now').textContent = protection.protectedIdentity
      ? 'Skyddade personuppgifter gäller: ' + protection.current.map(function (m) {
        return person(m) + ' – ' + (LABELS[m.marking] || m.marking);
      }).join('; ') + '. Adressen visas inte, och i Tasklist visas ärendenumret i stället för namnet.'
      : 'Ingen markering.';
    const table = document.getElementById('protection-history');
    const body = table.querySelector('tbody');
    body.replaceChildren();
    protection.history.forEach(function (m) {
      const row = Bofast.el('tr');
      Bofast.cell(row, person(m));
      Bofast.cell(row, LABELS[m.marking] || m.marking);
      Bofast.cell(row, when(m.setAt, m.setBy));
      Bofast.cell(row, when(m.clearedAt, m.clearedBy));
      body.appendChild(row);
    });
    table.hidden = protection.history.length === 0;
  }

  window.ClientProtectionPart = { show: show };
}());
