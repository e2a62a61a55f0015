/*
 * Bofast: the task list opens sorted by due date, the earliest first.
 *
 * Tasklist keeps the list's sorting in the URL (search parameter "sorting") and, when there is
 * none, sorts by creation date, newest first; neither config.js nor a filter's properties can
 * change that default. The shared filters' own queries already order by due date (the list
 * is in due-date order either way); this makes the sorting Tasklist shows and sends match,
 * and leaves a sorting the user picked alone.
 */
const DUE_DATE_FIRST = JSON.stringify([{ sortBy: 'dueDate', sortOrder: 'asc' }]);

function ensureSorting() {
  const hash = window.location.hash;
  if (!hash.startsWith('#/') || hash.startsWith('#/login')) {
    return;
  }
  const at = hash.indexOf('?');
  const path = at < 0 ? hash : hash.substring(0, at);
  const params = new URLSearchParams(at < 0 ? '' : hash.substring(at + 1));
  if (params.has('sorting')) {
    return;
  }
  params.set('sorting', DUE_DATE_FIRST);
  window.location.replace(path + '?' + params.toString());
}

ensureSorting();
window.addEventListener('hashchange', ensureSorting);

export default [];
