// The staff pages' shared code: who is logged in (the webapps' session), calls to /api with
// the session's CSRF token, and the API's Swedish answers shown next to the fields.
(function () {
  'use strict';
  let session = null;

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    if (className) {
      node.className = className;
    }
    return node;
  }

  function status(box, kind, text) {
    box.className = 'status ' + kind;
    box.textContent = text;
    box.hidden = false;
    box.focus();
  }

  function notLoggedIn() {
    const box = document.getElementById('page-status');
    box.className = 'status info';
    box.textContent = 'Du är inte inloggad. ';
    const link = el('a', 'Logga in i Tasklist');
    link.href = '/camunda/app/tasklist/default/';
    box.appendChild(link);
    box.appendChild(document.createTextNode(' och öppna sedan sidan igen.'));
    box.hidden = false;
    document.querySelectorAll('[data-groups]').forEach(function (part) { part.hidden = true; });
  }

  function allows(groups) {
    return session !== null && session.groups.some(function (g) { return groups.indexOf(g) >= 0; });
  }

  /** Reads the session, shows who is logged in and hides what the user's groups do not allow. */
  async function start() {
    const response = await fetch('/personal/session', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!response.ok) {
      notLoggedIn();
      return null;
    }
    session = await response.json();
    document.getElementById('who').textContent = 'Inloggad som ' + session.name + ' (' + session.user + ')';
    document.querySelectorAll('[data-groups]').forEach(function (part) {
      part.hidden = !allows(part.getAttribute('data-groups').split(' '));
    });
    return session;
  }

  /** Calls /api; answers {status, ok, body} (body: the JSON or problem+json, or null). */
  async function api(method, path, body) {
    // the token on every call: changes need it, and a refused call then gets no password dialog
    const headers = { Accept: 'application/json, application/problem+json' };
    headers[session.csrfHeader] = session.csrfToken;
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    const response = await fetch(path, {
      method: method, credentials: 'same-origin', headers: headers,
      body: body === undefined ? undefined : JSON.stringify(body)
    });
    const type = response.headers.get('Content-Type') || '';
    const parsed = type.indexOf('json') >= 0 ? await response.json() : null;
    return { status: response.status, ok: response.ok, body: parsed };
  }

  function clearErrors(form) {
    form.querySelectorAll('.error').forEach(function (e) { e.textContent = ''; });
    form.querySelectorAll('[aria-invalid]').forEach(function (e) { e.removeAttribute('aria-invalid'); });
    const box = form.querySelector('.status');
    if (box) {
      box.hidden = true;
    }
  }

  /**
   * Shows a refused answer: each {field, message} of problem+json next to its field (the
   * first such field gets the focus), the rest and 401/403/404 in the form's status box.
   */
  function showRefusal(form, result) {
    const box = form.querySelector('.status');
    const problem = result.body || {};
    if (result.status === 401) {
      status(box, 'refused', 'Din inloggning har gått ut. Logga in i Tasklist igen och försök sedan på nytt.');
      return;
    }
    if (result.status === 403) {
      status(box, 'refused', 'Du har inte behörighet att göra detta. ' + (problem.detail || ''));
      return;
    }
    const rest = [];
    let first = null;
    (problem.errors || []).forEach(function (e) {
      const input = e.field ? form.querySelector('[name="' + CSS.escape(e.field) + '"]') : null;
      const slot = input ? document.getElementById(input.id + '-fel') : null;
      if (slot) {
        slot.textContent = e.message;
        input.setAttribute('aria-invalid', 'true');
        first = first || input;
      } else {
        rest.push(e.message);
      }
    });
    if (rest.length > 0 || !first) {
      status(box, 'refused', rest.length > 0 ? rest.join(' ') : (problem.detail || 'Uppgifterna kunde inte sparas (fel ' + result.status + ').'));
    }
    if (first) {
      first.focus();
    }
  }

  /** The form's fields as an object (empty fields left out; number inputs as numbers). */
  function values(form) {
    const out = {};
    Array.prototype.forEach.call(form.elements, function (input) {
      if (!input.name || input.value === '' || (input.type === 'checkbox' && !input.checked)) {
        return;
      }
      out[input.name] = input.type === 'number' ? Number(input.value) : input.value.trim();
    });
    return out;
  }

  /** Submits the form with send(values) -> Promise of an api() result; on success shows success(body, values). */
  function onSubmit(form, send, success) {
    form.addEventListener('submit', async function (event) {
      event.preventDefault();
      clearErrors(form);
      const button = form.querySelector('button[type="submit"]');
      button.disabled = true;
      try {
        const given = values(form);
        const result = await send(given);
        if (result.ok) {
          status(form.querySelector('.status'), 'ok', success(result.body, given));
          form.reset();
        } else {
          showRefusal(form, result);
        }
      } catch (e) {
        status(form.querySelector('.status'), 'refused', 'Kontakten med servern bröts. Försök igen.');
      } finally {
        button.disabled = false;
      }
    });
  }

  function cell(row, text) {
    row.appendChild(el('td', text === null || text === undefined || text === '' ? '–' : String(text)));
  }

  window.Bofast = {
    el: el, cell: cell, start: start, api: api, allows: allows, onSubmit: onSubmit, status: status,
    showRefusal: showRefusal,
    STEPS: { TRANINGSLAGENHET: 'Träningslägenhet', FORSOKSLAGENHET: 'Försökslägenhet', EGET_KONTRAKT: 'Eget kontrakt',
      HARBARGE: 'Härbärge', BEHANDLING: 'Behandling', INACKORDERINGSHEM: 'Inackorderingshem', STODBOENDE: 'Stödboende' },
    PARTNER_KINDS: { LANDLORD: 'Hyresvärd', BOSTADSFORMEDLINGEN: 'Bostadsförmedlingen', KRONOFOGDEN: 'Kronofogden', VOLUNTARY_ORGANISATION: 'Ideell organisation' }
  };
}());
