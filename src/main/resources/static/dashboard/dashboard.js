// The enhetschef's dashboard: the steering group's figures for the last twelve months.
(function () {
  const STEPS = {
    HARBARGE: 'Härbärge', BEHANDLING: 'Behandling', INACKORDERINGSHEM: 'Inackorderingshem',
    STODBOENDE: 'Stödboende', TRANINGSLAGENHET: 'Träningslägenhet', FORSOKSLAGENHET: 'Försökslägenhet',
    EGET_KONTRAKT: 'Eget kontrakt'
  };
  const COLORS = ['#1c4e80', '#ea6a47', '#0091d5', '#7e909a', '#a5d8dd', '#488a99', '#dbae58'];
  const number = new Intl.NumberFormat('sv-SE');
  const kronor = new Intl.NumberFormat('sv-SE', { style: 'currency', currency: 'SEK', maximumFractionDigits: 0 });
  const monthName = new Intl.DateTimeFormat('sv-SE', { month: 'short', year: 'numeric' });

  function label(month) {
    return monthName.format(new Date(month + '-01T12:00:00'));
  }

  function message(html) {
    const box = document.getElementById('message');
    box.innerHTML = html;
    box.hidden = false;
    document.getElementById('meta').textContent = '';
  }

  function card(value, text) {
    const el = document.createElement('div');
    el.className = 'card';
    el.innerHTML = '<div class="value"></div><div class="label"></div>';
    el.querySelector('.value').textContent = value;
    el.querySelector('.label').textContent = text;
    document.getElementById('cards').appendChild(el);
  }

  function days(median, p90) {
    return median === null ? '–' : number.format(median) + ' / ' + number.format(p90);
  }

  function chart(id, type, labels, datasets, options) {
    return new Chart(document.getElementById(id), {
      type: type,
      data: { labels: labels, datasets: datasets },
      options: Object.assign({ responsive: true, animation: false, plugins: { legend: { position: 'bottom' } } },
        options || {})
    });
  }

  fetch('/dashboard/data', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(function (response) {
      if (response.status === 401) {
        message('Du är inte inloggad. <a href="/camunda/app/cockpit/default/">Logga in i Cockpit</a> och öppna sedan översikten igen.');
        return null;
      }
      if (response.status === 403) {
        message('Översikten är till för enhetschefer och styrgruppen.');
        return null;
      }
      if (!response.ok) {
        message('Siffrorna kunde inte hämtas (fel ' + response.status + ').');
        return null;
      }
      return response.json();
    })
    .then(function (data) {
      if (!data) {
        return;
      }
      const months = data.months;
      const labels = months.map(function (m) { return label(m.month); });
      const year = data.yearToDate;
      document.getElementById('meta').textContent = 'Inloggad som ' + data.user + ' · siffror till och med ' + data.asOf;
      card(number.format(year.shelterNights), 'härbärgesnätter i år');
      card(number.format(year.movesTrainingToTrial), 'flyttar träning → försök i år');
      card(number.format(year.contractTakeovers), 'övertagna kontrakt i år');
      card(number.format(year.evictionsExecuted), 'verkställda vräkningar i år');
      card(number.format(year.childrenAffectedByEviction), 'barn berörda av vräkning i år');
      card(number.format(year.evictedHouseholdsWithChildren), 'vräkta hushåll med barn i år (målet är 0)');
      card(number.format(year.evictionSignals), 'signaler om hotande vräkning i år');
      card(days(year.medianDaysToFirstAttempt, year.p90DaysToFirstAttempt),
        'dagar från signal till första kontaktförsök i år (median / 90:e percentil)');
      card(days(year.medianDaysToFirstContact, year.p90DaysToFirstContact),
        'dagar från signal till första kontakt i år (median / 90:e percentil)');
      const aid = year.aidDecisionInTime;
      card(aid.share === null ? '–' : Math.round(aid.share * 100) + ' %',
        'biståndsbeslut senast på återvinningsfristen i år (' + aid.decidedInTime + ' av ' + aid.cases + ')');
      card(year.sipCoverage === null ? '–' : Math.round(year.sipCoverage * 100) + ' %', 'aktuell SIP (mål 100 %)');
      card(kronor.format(year.careForecastSek), 'vårdprognos för året');

      chart('shelterNights', 'bar', labels, [{
        label: 'Härbärgesnätter', backgroundColor: COLORS[0],
        data: months.map(function (m) { return m.figures.shelterNights; })
      }]);
      chart('clientsByStep', 'bar', labels, Object.keys(STEPS).map(function (step, i) {
        return {
          label: STEPS[step], backgroundColor: COLORS[i % COLORS.length],
          data: months.map(function (m) { return m.figures.clientsByStep[step] || 0; })
        };
      }), { scales: { x: { stacked: true }, y: { stacked: true, ticks: { precision: 0 } } } });
      chart('moves', 'bar', labels, [
        { label: 'Träning → försök', backgroundColor: COLORS[0], data: months.map(function (m) { return m.figures.movesTrainingToTrial; }) },
        { label: 'Uppsägningar från försök', backgroundColor: COLORS[1], data: months.map(function (m) { return m.figures.trialTerminations; }) },
        { label: 'Övertagna kontrakt', backgroundColor: COLORS[2], data: months.map(function (m) { return m.figures.contractTakeovers; }) }
      ], { scales: { y: { ticks: { precision: 0 } } } });
      countsChart('signalsByType', 'signalsByType');
      countsChart('signalsBySource', 'signalsBySource');
      const outcomes = countsDatasets('casesByOutcome');
      outcomes.push({ label: 'Berörda barn', type: 'line', borderColor: COLORS[6], backgroundColor: COLORS[6],
        data: months.map(function (m) { return m.figures.childrenAffectedByEviction; }) });
      chart('evictions', 'bar', labels, outcomes, { scales: { y: { ticks: { precision: 0 } } } });
      chart('daysFromSignal', 'line', labels, [
        { label: 'Till första kontaktförsök, median', borderColor: COLORS[0], backgroundColor: COLORS[0],
          data: months.map(function (m) { return m.figures.medianDaysToFirstAttempt; }) },
        { label: 'Till första kontaktförsök, 90:e percentil', borderColor: COLORS[2], backgroundColor: COLORS[2],
          data: months.map(function (m) { return m.figures.p90DaysToFirstAttempt; }) },
        { label: 'Till första kontakt, median', borderColor: COLORS[1], backgroundColor: COLORS[1],
          data: months.map(function (m) { return m.figures.medianDaysToFirstContact; }) },
        { label: 'Till första kontakt, 90:e percentil', borderColor: COLORS[6], backgroundColor: COLORS[6],
          data: months.map(function (m) { return m.figures.p90DaysToFirstContact; }) }
      ], { spanGaps: true, scales: { y: { min: 0, ticks: { precision: 0 } } } });

      // one dataset per key of a figure counted by Kronofogden's terms, named in Swedish
      function countsDatasets(figure) {
        return Object.keys(year[figure]).map(function (key, i) {
          return {
            label: data.labels[figure][key] || key, backgroundColor: COLORS[i % COLORS.length],
            data: months.map(function (m) { return m.figures[figure][key] || 0; })
          };
        });
      }

      function countsChart(id, figure) {
        chart(id, 'bar', labels, countsDatasets(figure),
          { scales: { x: { stacked: true }, y: { stacked: true, ticks: { precision: 0 } } } });
      }
      chart('sip', 'line', labels, [{
        label: 'Aktuell SIP', borderColor: COLORS[0], backgroundColor: COLORS[0],
        data: months.map(function (m) { return m.figures.sipCoverage === null ? null : Math.round(m.figures.sipCoverage * 100); })
      }], { scales: { y: { min: 0, max: 100, ticks: { callback: function (v) { return v + ' %'; } } } } });
    })
    .catch(function () {
      message('Siffrorna kunde inte hämtas.');
    });
})();
