// The client page: the client's file (GET /api/clients/{id}/file), the work plan, the journal
// with a form for a new entry, and a change of a team role's holder for those allowed.
(async function () {
  'use strict';
  const id = new URLSearchParams(window.location.search).get('id');
  const pageStatus = document.getElementById('page-status');

  async function loadJournal() {
    const result = await Bofast.api('GET', '/api/clients/' + encodeURIComponent(id) + '/journal');
    if (result.ok) {
      ClientPage.journal(result.body);
    }
  }

  function teamForm(file) {
    const form = document.getElementById('team-change');
    if (!file.team.mayChange) {
      form.hidden = true;
      return;
    }
    form.hidden = false;
    const role = document.getElementById('team-role');
    const user = document.getElementById('team-user');
    role.replaceChildren();
    Object.keys(ClientPage.ROLES).forEach(function (r) {
      const option = Bofast.el('option', ClientPage.ROLES[r]);
      option.value = r;
      role.appendChild(option);
    });
    function people() {
      user.replaceChildren();
      (file.team.candidates[role.value] || []).forEach(function (p) {
        const option = Bofast.el('option', p.name + ' (' + p.userId + ')');
        option.value = p.userId;
        user.appendChild(option);
      });
    }
    role.onchange = people;
    people();
  }

  async function load() {
    const result = await Bofast.api('GET', '/api/clients/' + encodeURIComponent(id) + '/file');
    if (!result.ok) {
      const detail = result.body && result.body.detail ? result.body.detail : '';
      Bofast.status(pageStatus, 'refused', result.status === 403
        ? 'Du kan inte öppna klientens sida. ' + detail
        : result.status === 404 ? 'Klienten finns inte.' : 'Klienten kunde inte hämtas (fel ' + result.status + ').');
      return null;
    }
    const file = result.body;
    document.getElementById('client-heading').textContent = file.client.displayName;
    document.title = file.client.displayName + ' – klientens sida – Bofast';
    ClientPage.identity(file.client);
    ClientProtectionPart.show(file.protection);
    ClientPage.team(file.team.current);
    teamForm(file);
    ClientPage.chain(file);
    ClientPage.tasks(file.openTasks);
    ClientPage.evictions(file.evictionCases);
    ClientPage.followups(file.followups);
    document.getElementById('file').hidden = false;
    return file;
  }

  const session = await Bofast.start();
  if (!session) {
    return;
  }
  if (!id || !/^\d{1,18}$/.test(id)) {
    Bofast.status(pageStatus, 'refused', 'Ingen klient är vald. Öppna klienten från Mina klienter eller från en uppgift i Tasklist.');
    return;
  }
  if (!await load()) {
    return;
  }
  document.getElementById('work-plan-link').href = '/personal/arbetsplan.html?klient=' + encodeURIComponent(id);
  ClientPage.workPlan(await Bofast.api('GET', '/api/clients/' + encodeURIComponent(id) + '/work-plan'));
  await loadJournal();

  Bofast.onSubmit(document.getElementById('journal-form'), function (given) {
    return Bofast.api('POST', '/api/clients/' + encodeURIComponent(id) + '/journal', {
      kind: given.kind || null, eventDate: given.eventDate || null, text: given.text || null, sign: given.sign === 'true'
    });
  }, function (entry) {
    loadJournal();
    return 'Anteckningen är sparad' + (entry.signed ? ' och signerad.' : '. Den är inte signerad.');
  });

  Bofast.onSubmit(document.getElementById('protection-form'), function (given) {
    return Bofast.api('PUT', '/api/clients/' + encodeURIComponent(id) + '/protection', {
      marking: given.marking || null, memberPersonalNumber: given.memberPersonalNumber || null
    });
  }, function (answer, given) {
    load();
    return given.marking ? 'Markeringen är sparad.' : 'Markeringen är borttagen.';
  });

  Bofast.onSubmit(document.getElementById('team-change'), function (given) {
    return Bofast.api('PUT', '/api/clients/' + encodeURIComponent(id) + '/team/' + encodeURIComponent(given.role),
      { userId: given.userId || null });
  }, function (answer, given) {
    load();
    return ClientPage.ROLES[given.role] + ' är nu ' + given.userId + '.';
  });
}());
