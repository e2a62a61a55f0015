// Reports a relapse (the placement goes on, the team gets a task), an uppsägning or a step that
// ended without the next starting: POST /api/journeys/{caseNumber}/interruptions.
(async function () {
  'use strict';
  const session = await Bofast.start();
  if (!session) {
    return;
  }
  const form = document.getElementById('interruption');
  Bofast.onSubmit(form, async function (v) {
    if (!v.caseNumber) {
      return { status: 400, body: { errors: [{ field: 'caseNumber', message: 'Ange ärendenummer.' }] } };
    }
    const result = await Bofast.api('POST', '/api/journeys/' + encodeURIComponent(v.caseNumber) + '/interruptions',
      { cause: v.cause || null, date: v.date || null });
    if (result.status === 404) { // an unknown case number: said next to the field
      return { status: 400, body: { errors: [{ field: 'caseNumber', message: (result.body && result.body.detail) || 'Ärendet finns inte.' }] } };
    }
    return result;
  }, function (journey, v) {
    if (v.cause === 'RELAPSE') {
      return 'Återfallet är registrerat för ärende ' + v.caseNumber + ' den ' + v.date
        + ': placeringen fortsätter och teamet har fått en uppgift att komma överens om stödet.';
    }
    const cause = form.querySelector('#cause option[value="' + v.cause + '"]').textContent;
    return 'Avbrottet är registrerat för ärende ' + v.caseNumber + ': ' + cause.toLowerCase() + ' den ' + v.date + '.';
  });
}());
