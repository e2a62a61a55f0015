/*
 * Bofast: a link in Tasklist's header to the staff pages (/personal/), where staff report an
 * interruption, keep the partner register and the apartment stock and read the eviction cases
 * — the same login, no second password.
 */
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
  }
];
