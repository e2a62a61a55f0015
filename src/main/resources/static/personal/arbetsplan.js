// A client's work plan: GET and PUT /api/clients/{id}/work-plan (?klient={id} in the address).
// The four areas with goals and who does what, the agreed contact when rent debt threatens,
// the follow-up date, and the history of changes. The enhetschef reads, the staff write.
(async function () {
  'use strict';
  const session = await Bofast.start();
  if (!session) {
    return;
  }
  const el = Bofast.el;
  const AREAS = [['RENT', 'Hyran är viktigast'], ['TENANCY_LAW', 'Hyreslagen gäller'],
    ['TREATMENT', 'Vilka behandlingsresurser som krävs'], ['NEIGHBOUR', '”Jag ska kunna ha klienten som granne”']];
  const ROLES = [['CASE_MANAGER', 'Case manager/uppsökare'], ['BOENDELOTS', 'Boendelots/boendestödjare'],
    ['SOCIALSEKRETERARE', 'Socialsekreterare'], ['BOSAMORDNARE', 'Bosamordnare'], ['ADDICTION_CARE', 'Beroendevården'],
    ['PSYCHIATRY', 'Psykiatrin']];
  const STAFF_GROUPS = ['case-manager', 'boendelots', 'socialsekreterare', 'bosamordnare'];
  const EVENTS = { SAVED: 'Sparad', FOLLOWED_UP: 'Uppföljd', ENDED: 'Avslutad' };
  const canWrite = Bofast.allows(STAFF_GROUPS);
  const form = document.getElementById('plan');
  const chooser = document.getElementById('choose-client');
  let clientId = null;
  let version = null;

  // the staff a plan may name, with their groups: GET /api/work-plans/staff
  const staff = {};
  STAFF_GROUPS.forEach(function (g) { staff[g] = []; });
  const members = await Bofast.api('GET', '/api/work-plans/staff');
  (members.ok ? members.body : []).forEach(function (m) {
    m.groups.forEach(function (g) {
      if (staff[g]) {
        staff[g].push({ id: m.userId, name: m.name });
      }
    });
  });
  const contact = document.getElementById('contact');
  staff.socialsekreterare.forEach(function (u) { contact.appendChild(option(u.id, u.name + ' (' + u.id + ')')); });

  function option(value, text) {
    const o = el('option', text);
    o.value = value;
    return o;
  }

  function whoSelect(id, name) {
    const select = el('select');
    select.id = id;
    select.name = name;
    select.setAttribute('aria-describedby', id + '-fel');
    select.appendChild(option('CLIENT', 'Klienten (klientens egen del)'));
    const roles = el('optgroup');
    roles.label = 'Roll';
    ROLES.forEach(function (r) { roles.appendChild(option('ROLE:' + r[0], r[1])); });
    select.appendChild(roles);
    const named = el('optgroup');
    named.label = 'Namngiven medarbetare';
    const seen = {};
    STAFF_GROUPS.forEach(function (g) {
      staff[g].forEach(function (u) {
        if (!seen[u.id]) {
          seen[u.id] = true;
          named.appendChild(option('STAFF:' + u.id, u.name));
        }
      });
    });
    select.appendChild(named);
    return select;
  }

  function field(labelText, input, id) {
    const box = el('div', null, 'field');
    const label = el('label', labelText);
    label.htmlFor = id;
    box.appendChild(label);
    box.appendChild(input);
    const error = el('p', null, 'error');
    error.id = id + '-fel';
    error.setAttribute('aria-live', 'polite');
    box.appendChild(error);
    return box;
  }

  /** Renames an area's action rows after an add or a remove, so that the API's error paths find them. */
  function renumber(list, a) {
    Array.prototype.forEach.call(list.children, function (row, j) {
      const what = row.querySelector('input');
      const who = row.querySelector('select');
      const base = 'areas[' + a + '].actions[' + j + ']';
      what.name = base + '.what';
      who.name = base + '.responsible';
      row.querySelector('button').textContent = 'Ta bort åtgärd ' + (j + 1);
    });
  }

  let counter = 0;
  function addAction(list, a, action) {
    const n = ++counter;
    const row = el('li', null, 'action');
    const what = el('input');
    what.type = 'text';
    what.maxLength = 500;
    what.id = 'what-' + n;
    what.setAttribute('aria-describedby', what.id + '-fel');
    what.value = action ? action.what : '';
    row.appendChild(field('Vad ska göras', what, what.id));
    const who = whoSelect('who-' + n, '');
    if (action) {
      who.value = action.responsibleKind === 'CLIENT' ? 'CLIENT' : action.responsibleKind + ':' + action.responsible;
    }
    row.appendChild(field('Vem gör det', who, who.id));
    const remove = el('button', '', 'secondary');
    remove.type = 'button';
    remove.hidden = !canWrite;
    remove.addEventListener('click', function () {
      row.remove();
      renumber(list, a);
      list.parentNode.querySelector('button.add').focus();
    });
    row.appendChild(remove);
    list.appendChild(row);
    renumber(list, a);
    return what;
  }

  function renderAreas(plan) {
    const box = document.getElementById('areas');
    box.textContent = '';
    AREAS.forEach(function (area, a) {
      const current = plan ? plan.areas.find(function (x) { return x.area === area[0]; }) : null;
      const set = el('fieldset');
      set.appendChild(el('legend', area[1]));
      const goal = el('textarea');
      goal.id = 'goal-' + area[0];
      goal.name = 'areas[' + a + '].goal';
      goal.rows = 3;
      goal.maxLength = 1000;
      goal.setAttribute('aria-describedby', goal.id + '-fel');
      goal.value = current && current.goal ? current.goal : '';
      set.appendChild(field('Mål', goal, goal.id));
      set.appendChild(el('h3', 'Vem gör vad'));
      const list = el('ul');
      list.className = 'actions';
      set.appendChild(list);
      (current ? current.actions : []).forEach(function (action) { addAction(list, a, action); });
      const add = el('button', 'Lägg till åtgärd – ' + area[1], 'secondary add');
      add.type = 'button';
      add.hidden = !canWrite;
      add.addEventListener('click', function () { addAction(list, a, null).focus(); });
      set.appendChild(add);
      box.appendChild(set);
    });
  }

  function renderHistory(plan) {
    const body = document.getElementById('history');
    body.textContent = '';
    (plan ? plan.history : []).slice().reverse().forEach(function (change) {
      const row = el('tr');
      Bofast.cell(row, change.version + ' (' + (EVENTS[change.event] || change.event) + ')');
      Bofast.cell(row, new Date(change.changedAt).toLocaleString('sv-SE', { dateStyle: 'short', timeStyle: 'short' }));
      Bofast.cell(row, change.changedBy.name);
      Bofast.cell(row, change.changes.join('; '));
      body.appendChild(row);
    });
  }

  function render(plan) {
    version = plan ? plan.version : null;
    document.getElementById('plan-heading').textContent = 'Arbetsplan för klient ' + clientId;
    document.getElementById('plan-state').textContent = !plan
      ? 'Ingen arbetsplan ännu.' + (canWrite ? ' Fyll i planen och spara den.' : '')
      : 'Version ' + plan.version + ' (' + plan.caseNumber + '), senast ändrad av ' + plan.updatedBy.name
        + (plan.ended ? '. Planen är avslutad; sparar du den återupptas den.' : '.');
    renderAreas(plan);
    contact.value = plan ? plan.rentDebtContact.userId : '';
    document.getElementById('agreement').value = plan && plan.rentDebtContact.agreement ? plan.rentDebtContact.agreement : '';
    document.getElementById('followUpOn').value = plan && plan.followUpOn ? plan.followUpOn : '';
    form.querySelectorAll('input, select, textarea').forEach(function (input) { input.disabled = !canWrite; });
    renderHistory(plan);
    document.getElementById('plan-section').hidden = false;
  }

  async function load(id) {
    const result = await Bofast.api('GET', '/api/clients/' + encodeURIComponent(id) + '/work-plan');
    if (result.status === 404 && result.body && /arbetsplan/.test(result.body.detail || '')) {
      clientId = id;
      render(null);
      return true;
    }
    if (!result.ok) {
      Bofast.showRefusal(chooser, result);
      return false;
    }
    clientId = id;
    render(result.body);
    return true;
  }

  function body() {
    const areas = AREAS.map(function (area, a) {
      const set = document.getElementById('goal-' + area[0]).closest('fieldset');
      const actions = Array.prototype.map.call(set.querySelectorAll('li.action'), function (row) {
        const who = row.querySelector('select').value.split(':');
        return { what: row.querySelector('input').value, responsibleKind: who[0], responsible: who.length > 1 ? who[1] : null };
      });
      return { area: area[0], goal: document.getElementById('goal-' + area[0]).value, actions: actions };
    });
    return {
      areas: areas,
      rentDebtContact: { userId: contact.value || null, agreement: document.getElementById('agreement').value || null },
      followUpOn: document.getElementById('followUpOn').value || null,
      version: version
    };
  }

  form.addEventListener('submit', async function (event) {
    event.preventDefault();
    form.querySelectorAll('.error').forEach(function (e) { e.textContent = ''; });
    form.querySelectorAll('[aria-invalid]').forEach(function (e) { e.removeAttribute('aria-invalid'); });
    const button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    try {
      const result = await Bofast.api('PUT', '/api/clients/' + encodeURIComponent(clientId) + '/work-plan', body());
      if (result.ok) {
        render(result.body);
        Bofast.status(form.querySelector('.status'), 'ok', 'Arbetsplanen är sparad (version ' + result.body.version
          + '). Uppföljning ' + result.body.followUpOn + '.');
      } else {
        Bofast.showRefusal(form, result);
      }
    } catch (e) {
      Bofast.status(form.querySelector('.status'), 'refused', 'Kontakten med servern bröts. Försök igen.');
    } finally {
      button.disabled = false;
    }
  });

  chooser.addEventListener('submit', async function (event) {
    event.preventDefault();
    const id = document.getElementById('klient').value;
    if (!/^[0-9]+$/.test(id)) {
      Bofast.showRefusal(chooser, { status: 400, body: { errors: [{ field: 'klient', message: 'Ange klientens id (ett nummer).' }] } });
      return;
    }
    if (await load(id)) {
      history.replaceState(null, '', '?klient=' + id);
      document.getElementById('plan-heading').focus();
    }
  });

  const given = new URLSearchParams(location.search).get('klient');
  if (given && /^[0-9]+$/.test(given)) {
    document.getElementById('klient').value = given;
    await load(given);
  }
}());
