/*
 * Bofast: a link in Tasklist's header to the staff pages (/personal/), where staff report an
 * interruption, keep the partner register and the apartment stock and read the eviction cases
 * — the same login, no second password.
 *
 * And a "Klient" tab in the task view (plugin point tasklist.task.detail): for a task of a
 * client's process it names the client and links to the client page (/personal/klient.html).
 * Staff may not read a task's process variables (the engine guard lets them see only the case
 * number and the display name), so the tab asks /api/tasks/{taskId}/client, which answers only
 * to those who may read the client's file.
 */
function text(tag, value, className) {
  const node = document.createElement(tag);
  node.textContent = value;
  if (className) {
    node.className = className;
  }
  return node;
}

async function showClient(node, taskId) {
  const box = document.createElement('div');
  box.className = 'bofast-client-tab';
  box.setAttribute('aria-live', 'polite');
  node.appendChild(box);
  box.appendChild(text('p', 'Hämtar klienten …'));
  try {
    const session = await fetch('/personal/session', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!session.ok) {
      box.replaceChildren(text('p', 'Logga in på nytt för att se klienten.'));
      return;
    }
    const token = await session.json();
    const headers = { Accept: 'application/json, application/problem+json' };
    headers[token.csrfHeader] = token.csrfToken;
    const answer = await fetch('/api/tasks/' + encodeURIComponent(taskId) + '/client',
      { credentials: 'same-origin', headers: headers });
    if (answer.status === 404) {
      box.replaceChildren(text('p', 'Uppgiften hör inte till någon klient.'));
      return;
    }
    if (!answer.ok) {
      box.replaceChildren(text('p', 'Du har inte tillgång till klientens akt.'));
      return;
    }
    const client = await answer.json();
    const heading = text('h3', client.displayName);
    const link = text('a', 'Öppna klientens sida', 'btn btn-default bofast-client-link');
    link.href = '/personal/klient.html?id=' + encodeURIComponent(client.clientId);
    const explain = text('p', 'Klientens team, vårdkedjan, öppna uppgifter, vräkningsärenden, uppföljningar och journal.');
    box.replaceChildren(heading, explain, link);
  } catch (e) {
    box.replaceChildren(text('p', 'Klienten kunde inte hämtas. Försök igen.'));
  }
}

export default [
  {
    id: 'bofast.staffPages',
    pluginPoint: 'tasklist.navbar.action',
    priority: 50,
    render: function (node) {
      const link = document.createElement('a');
      link.href = '/personal/';
      link.className = 'bofast-staff-pages';
      link.textContent = 'Personalens sidor';
      node.appendChild(link);
    }
  },
  {
    id: 'bofast.client',
    pluginPoint: 'tasklist.task.detail',
    priority: 50,
    properties: { label: 'Klient' },
    render: function (node, context) {
      showClient(node, context.taskId);
    }
  }
];
