// Each person's notices by e-mail: GET/PUT /api/me/notification-settings; for the enhetschef,
// who receives what and who receives nothing: GET /api/notification-settings.
(async function () {
  'use strict';
  const session = await Bofast.start();
  if (!session) {
    return;
  }
  const form = document.getElementById('settings');
  const box = form.querySelector('.status');

  function showAddress(s) {
    const p = document.getElementById('address');
    p.textContent = s.email
      ? 'Meddelandena skickas till ' + s.email + ' (e-postadressen i din användarprofil).'
      : 'Din användarprofil har ingen e-postadress: du får inga meddelanden. Be administratören lägga in den.';
  }

  function show(s) {
    form.elements.digest.checked = s.digest;
    form.elements.urgent.checked = s.urgent;
    showAddress(s);
  }

  function yesNo(on) {
    return on ? 'Ja' : 'Nej';
  }

  async function loadAll() {
    const result = await Bofast.api('GET', '/api/notification-settings');
    if (!result.ok) {
      return;
    }
    const list = document.getElementById('nothing-list');
    const body = document.querySelector('#all tbody');
    list.textContent = '';
    body.textContent = '';
    result.body.forEach(function (s) {
      const row = document.createElement('tr');
      Bofast.cell(row, s.name);
      Bofast.cell(row, s.userId);
      Bofast.cell(row, s.email || 'saknas');
      Bofast.cell(row, yesNo(s.digest));
      Bofast.cell(row, yesNo(s.urgent));
      body.appendChild(row);
      if (s.receivesNothing) {
        list.appendChild(Bofast.el('li', s.name + ' (' + s.userId + '): '
          + (s.email ? 'har stängt av alla meddelanden' : 'ingen e-postadress')));
      }
    });
    if (!list.hasChildNodes()) {
      list.appendChild(Bofast.el('li', 'Alla får minst ett slags meddelande.'));
    }
  }

  const mine = await Bofast.api('GET', '/api/me/notification-settings');
  if (!mine.ok) {
    Bofast.status(document.getElementById('page-status'), 'refused', 'Dina val kunde inte hämtas (fel ' + mine.status + ').');
    return;
  }
  show(mine.body);
  if (Bofast.allows(['enhetschef'])) {
    await loadAll();
  }

  form.addEventListener('submit', async function (event) {
    event.preventDefault();
    box.hidden = true;
    const button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    try {
      const result = await Bofast.api('PUT', '/api/me/notification-settings',
        { digest: form.elements.digest.checked, urgent: form.elements.urgent.checked });
      if (!result.ok) {
        Bofast.showRefusal(form, result);
        return;
      }
      show(result.body);
      Bofast.status(box, 'ok', 'Dina val är sparade. Daglig sammanfattning: ' + (result.body.digest ? 'på' : 'av')
        + '. Akuta ärenden: ' + (result.body.urgent ? 'på' : 'av') + '.'
        + (result.body.receivesNothing ? ' Du får inga meddelanden.' : ''));
      if (Bofast.allows(['enhetschef'])) {
        await loadAll();
      }
    } catch (e) {
      Bofast.status(box, 'refused', 'Kontakten med servern bröts. Försök igen.');
    } finally {
      button.disabled = false;
    }
  });
}());
