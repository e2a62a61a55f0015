package se.bofast.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.bofast.client.Needs;
import se.bofast.housing.CloseReason;
import se.bofast.housing.JourneyIntake;
import se.bofast.housing.JourneyIntake.ClientType;
import se.bofast.housing.JourneyIntake.StartCommand;
import se.bofast.housing.JourneyPlacements;
import se.bofast.housing.Situation;
import se.bofast.housing.Step;
import se.bofast.housing.StepEndCause;
import se.bofast.housing.TerminationCause;
import se.bofast.reporting.FlowReport.Change;
import se.bofast.reporting.FlowReport.ClientGaps;
import se.bofast.reporting.FlowReport.Gap;
import se.bofast.reporting.FlowReport.StepFlow;
import se.bofast.reporting.FlowReport.TransitionGaps;
import se.bofast.support.AppTest;
import se.bofast.support.Staff;
import se.bofast.support.TestHttp;

/**
 * The flows between the chain's steps, checked to the exact number on a known history that
 * crosses the tertial boundary 30 April / 1 May 2026, built through the housing module's facades
 * with a moved clock. Runs in the "reporting" surefire execution (a database holding only the
 * exact suites' histories; KpiFiguresTest's is in 2027 and every placement here has ended by
 * 2026-12-01, so neither counts in the other's periods).
 *
 * <pre>
 * Placements (end = the day the client left, exclusive; 1 030 kr a day):
 *  A1 A HARBARGE          2025-12-10 → 2026-02-01 moved on                   53 days
 *  A2 A BEHANDLING        2026-02-01 → 04-20 ended: DISCHARGED               78
 *  A3 A STODBOENDE        05-04 → 07-01 moved on        gap 14 (after A2)    58
 *  A4 A TRANINGSLAGENHET  07-01 → 12-01 journey closed
 *  B1 B HARBARGE          01-15 → 03-01 moved on                             45
 *  B2 B INACKORDERINGSHEM 03-01 → 04-30 ended: LEFT_PLACEMENT                60
 *  B3 B HARBARGE          05-10 → 06-10 moved on        gap 10 (after B2)    31
 *  B4 B BEHANDLING        06-10 → 08-20 ended: DISCHARGED                    71
 *  D1 D HARBARGE          02-10 → 03-10 uppsägning (DECISION_ENDED)          28
 *  D2 D HARBARGE          03-20 → 05-15 ended: LOST_CONTACT  gap 10 (D1)     56
 *  D3 D BEHANDLING        06-01 → 12-01 journey closed  gap 17 (after D2)
 *  C1 C HARBARGE          04-01 → 05-01 moved on (the tertial boundary)      30
 *  C2 C TRANINGSLAGENHET  05-01 → 08-01 moved on                             92
 *  C3 C FORSOKSLAGENHET   08-01 → 12-01 journey closed
 *  E1 E HARBARGE          05-02 → 06-01 ended: LEFT_PLACEMENT                30
 *  E2 E BEHANDLING        06-06 → 12-01 journey closed  gap 5 (after E1)
 * Journeys started in the order A, B, D, C, E (case numbers ascending). Reports computed 2026-12-15.
 * </pre>
 */
@AppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FlowFiguresTest {

  @Autowired JourneyIntake journeys;
  @Autowired JourneyPlacements placements;
  @Autowired FlowService flows;
  @Autowired KpiService kpis;
  @LocalServerPort int port;

  String caseA;
  String caseB;
  String caseD;
  String caseE;

  @BeforeAll
  void buildHistory() {
    at(2025, 12, 10);
    var a = atShelter(d(2025, 12, 10));
    caseA = a.caseNumber();
    at(2026, 1, 15);
    var b = atShelter(d(2026, 1, 15));
    caseB = b.caseNumber();
    at(2026, 2, 1);
    placements.startPlacement(a.journeyId(), Step.BEHANDLING, "Behandlingshemmet", null, d(2026, 2, 1), "sara");
    at(2026, 2, 10);
    var dj = atShelter(d(2026, 2, 10));
    caseD = dj.caseNumber();
    at(2026, 3, 1);
    placements.startPlacement(b.journeyId(), Step.INACKORDERINGSHEM, "Inackorderingen", null, d(2026, 3, 1), "sara");
    at(2026, 3, 10);
    placements.terminatePlacement(dj.journeyId(), TerminationCause.DECISION_ENDED, d(2026, 3, 10), "sara");
    at(2026, 3, 20);
    placements.startPlacement(dj.journeyId(), Step.HARBARGE, "Härbärget", null, d(2026, 3, 20), "sara");
    at(2026, 4, 1);
    var c = atShelter(d(2026, 4, 1));
    at(2026, 4, 20);
    placements.endStep(a.journeyId(), StepEndCause.DISCHARGED, d(2026, 4, 20), "sara");
    at(2026, 4, 30);
    placements.endStep(b.journeyId(), StepEndCause.LEFT_PLACEMENT, d(2026, 4, 30), "lotta");
    at(2026, 5, 1);
    placements.startPlacement(c.journeyId(), Step.TRANINGSLAGENHET, "Tränings 1", null, d(2026, 5, 1), "lotta");
    at(2026, 5, 2);
    var e = atShelter(d(2026, 5, 2));
    caseE = e.caseNumber();
    at(2026, 5, 4);
    placements.startPlacement(a.journeyId(), Step.STODBOENDE, "Stödboendet", null, d(2026, 5, 4), "sara");
    at(2026, 5, 10);
    placements.startPlacement(b.journeyId(), Step.HARBARGE, "Härbärget", null, d(2026, 5, 10), "sara");
    at(2026, 5, 15);
    placements.endStep(dj.journeyId(), StepEndCause.LOST_CONTACT, d(2026, 5, 15), "kim");
    at(2026, 6, 1);
    placements.startPlacement(dj.journeyId(), Step.BEHANDLING, "Behandlingshemmet", null, d(2026, 6, 1), "sara");
    placements.endStep(e.journeyId(), StepEndCause.LEFT_PLACEMENT, d(2026, 6, 1), "kim");
    at(2026, 6, 6);
    placements.startPlacement(e.journeyId(), Step.BEHANDLING, "Behandlingshemmet", null, d(2026, 6, 6), "sara");
    at(2026, 6, 10);
    placements.startPlacement(b.journeyId(), Step.BEHANDLING, "Behandlingshemmet", null, d(2026, 6, 10), "sara");
    at(2026, 7, 1);
    placements.startPlacement(a.journeyId(), Step.TRANINGSLAGENHET, "Tränings 2", null, d(2026, 7, 1), "lotta");
    at(2026, 8, 1);
    placements.startPlacement(c.journeyId(), Step.FORSOKSLAGENHET, "Försök 1", null, d(2026, 8, 1), "lotta");
    at(2026, 8, 20);
    placements.endStep(b.journeyId(), StepEndCause.DISCHARGED, d(2026, 8, 20), "sara");
    at(2026, 12, 1);
    for (var journey : List.of(a, b, dj, c, e)) {
      placements.close(journey.journeyId(), CloseReason.MOVED_AWAY, "sara");
    }
    at(2026, 12, 15);
  }

  @AfterAll
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void firstTertial2026AgainstTheLastOf2025() {
    FlowReport r = flows.report(FlowPeriod.tertial(2026, 1));
    assertThat(r.period()).isEqualTo(new FlowPeriod("TERTIAL", "2026-1", d(2026, 1, 1), d(2026, 4, 30)));
    assertThat(r.previousPeriod()).isEqualTo(new FlowPeriod("TERTIAL", "2025-3", d(2025, 9, 1), d(2025, 12, 31)));
    assertThat(lines(r)).containsExactly(
        // in on 01-01: A1; in: B1, D1, D2, C1 (D twice: 3 clients); out: A1 → BEHANDLING (53 d),
        // B1 → INACKORDERINGSHEM (45), D1 uppsägning (28); still there 04-30: D2, C1 (C1 leaves 05-01)
        // days: A1 31, B1 45, D1 28, D2 03-20..04-30 42, C1 30 = 176 × 1 030
        "HARBARGE atStart=1 entered=4 clients=3 movedTo={BEHANDLING=1, INACKORDERINGSHEM=1}"
            + " withoutNext={TERMINATED=1} left=3 stillThere=2 stays=3/45.0/53 days=176 cost=181280",
        "BEHANDLING atStart=0 entered=1 clients=1 movedTo={} withoutNext={DISCHARGED=1} left=1 stillThere=0"
            + " stays=1/78.0/78 days=78 cost=80340", // A2 02-01 → 04-20
        "INACKORDERINGSHEM atStart=0 entered=1 clients=1 movedTo={} withoutNext={LEFT_PLACEMENT=1} left=1"
            + " stillThere=0 stays=1/60.0/60 days=60 cost=61800", // B2 03-01 → 04-30
        "STODBOENDE atStart=0 entered=0 clients=0 movedTo={} withoutNext={} left=0 stillThere=0 stays=0/null/null"
            + " days=0 cost=0",
        "TRANINGSLAGENHET atStart=0 entered=0 clients=0 movedTo={} withoutNext={} left=0 stillThere=0"
            + " stays=0/null/null days=0 cost=0",
        "FORSOKSLAGENHET atStart=0 entered=0 clients=0 movedTo={} withoutNext={} left=0 stillThere=0"
            + " stays=0/null/null days=0 cost=0",
        "EGET_KONTRAKT atStart=0 entered=0 clients=0 movedTo={} withoutNext={} left=0 stillThere=0"
            + " stays=0/null/null days=0 cost=0");
    // 2025-3: A1 entered 12-10, still there 12-31, 22 days (12-10..12-31) = 22 660 kr
    assertThat(changes(r)).containsExactly(
        "HARBARGE entered=1/3/300.0 left=0/3/null stillThere=1/1/100.0 median=null/null/null p90=null/null/null"
            + " cost=22660/158620/700.0",
        "BEHANDLING entered=0/1/null left=0/1/null stillThere=0/0/null median=null/null/null p90=null/null/null"
            + " cost=0/80340/null",
        "INACKORDERINGSHEM entered=0/1/null left=0/1/null stillThere=0/0/null median=null/null/null"
            + " p90=null/null/null cost=0/61800/null",
        "STODBOENDE" + unchangedZero(),
        "TRANINGSLAGENHET" + unchangedZero(),
        "FORSOKSLAGENHET" + unchangedZero(),
        "EGET_KONTRAKT" + unchangedZero());
    // 314 days = 323 420 kr; 2025-3: 22 660 kr → +300 760 kr, 1 327.27… %
    assertThat(r.total()).isEqualTo(new FlowReport.FlowTotal(6, 5, 314, 323_420,
        new Change(dec("22660"), dec("300760"), dec("1327.3"))));
    // D2 started 03-20 after D1's uppsägning 03-10
    assertThat(r.gaps().totalDays()).isEqualTo(10);
    assertThat(r.gaps().byClient()).containsExactly(new ClientGaps(caseD, 10,
        List.of(new Gap("HARBARGE", "HARBARGE", "TERMINATED", d(2026, 3, 10), d(2026, 3, 20), 10))));
    assertThat(r.gaps().byTransition()).containsExactly(new TransitionGaps("HARBARGE", "HARBARGE", 1, 10, dec("10.0")));
    assertThat(kpis.figures(d(2026, 1, 1), d(2026, 4, 30)).chainGapDays().total()).isEqualTo(r.gaps().totalDays());
  }

  @Test
  void secondTertial2026AgainstTheFirst() {
    FlowReport r = flows.report(FlowPeriod.tertial(2026, 2));
    assertThat(r.period()).isEqualTo(new FlowPeriod("TERTIAL", "2026-2", d(2026, 5, 1), d(2026, 8, 31)));
    assertThat(r.previousPeriod()).isEqualTo(FlowPeriod.tertial(2026, 1));
    assertThat(lines(r)).containsExactly(
        // in on 05-01: D2, C1 (C1 leaves that day); in: B3, E1; out: C1 → TRANINGSLAGENHET (30 d),
        // D2 lost contact (56), E1 left (30), B3 → BEHANDLING (31); stays 30, 30, 31, 56
        // days: D2 05-01..05-14 14, B3 31, E1 30 = 75
        "HARBARGE atStart=2 entered=2 clients=2 movedTo={BEHANDLING=1, TRANINGSLAGENHET=1}"
            + " withoutNext={LEFT_PLACEMENT=1, LOST_CONTACT=1} left=4 stillThere=0 stays=4/30.5/56 days=75"
            + " cost=77250",
        // in: D3 06-01, E2 06-06, B4 06-10; out: B4 discharged 08-20 (71 d); days 92 + 87 + 71 = 250
        "BEHANDLING atStart=0 entered=3 clients=3 movedTo={} withoutNext={DISCHARGED=1} left=1 stillThere=2"
            + " stays=1/71.0/71 days=250 cost=257500",
        "INACKORDERINGSHEM atStart=0 entered=0 clients=0 movedTo={} withoutNext={} left=0 stillThere=0"
            + " stays=0/null/null days=0 cost=0", // B2 left 04-30, the last day of the first tertial
        "STODBOENDE atStart=0 entered=1 clients=1 movedTo={TRANINGSLAGENHET=1} withoutNext={} left=1"
            + " stillThere=0 stays=1/58.0/58 days=58 cost=59740", // A3 05-04 → 07-01
        // in: C2 05-01, A4 07-01; C2 → FORSOKSLAGENHET 08-01 (92 d); days 92 + 62 = 154
        "TRANINGSLAGENHET atStart=0 entered=2 clients=2 movedTo={FORSOKSLAGENHET=1} withoutNext={} left=1"
            + " stillThere=1 stays=1/92.0/92 days=154 cost=158620",
        "FORSOKSLAGENHET atStart=0 entered=1 clients=1 movedTo={} withoutNext={} left=0 stillThere=1"
            + " stays=0/null/null days=31 cost=31930", // C3 from 08-01
        "EGET_KONTRAKT atStart=0 entered=0 clients=0 movedTo={} withoutNext={} left=0 stillThere=0"
            + " stays=0/null/null days=0 cost=0");
    assertThat(changes(r)).containsExactly(
        // 4 → 2; 3 → 4 (+33.33 %); 2 → 0; median 45 → 30.5 (−32.22 %); p90 53 → 56 (+5.66 %);
        // 181 280 → 77 250 kr (−57.39 %)
        "HARBARGE entered=4/-2/-50.0 left=3/1/33.3 stillThere=2/-2/-100.0 median=45.0/-14.5/-32.2 p90=53/3/5.7"
            + " cost=181280/-104030/-57.4",
        // median and p90 78 → 71 (−8.97 %); 80 340 → 257 500 kr (+220.51 %)
        "BEHANDLING entered=1/2/200.0 left=1/0/0.0 stillThere=0/2/null median=78.0/-7.0/-9.0 p90=78/-7/-9.0"
            + " cost=80340/177160/220.5",
        "INACKORDERINGSHEM entered=1/-1/-100.0 left=1/-1/-100.0 stillThere=0/0/null median=60.0/null/null"
            + " p90=60/null/null cost=61800/-61800/-100.0",
        "STODBOENDE entered=0/1/null left=0/1/null stillThere=0/0/null median=null/null/null p90=null/null/null"
            + " cost=0/59740/null",
        "TRANINGSLAGENHET entered=0/2/null left=0/1/null stillThere=0/1/null median=null/null/null"
            + " p90=null/null/null cost=0/158620/null",
        "FORSOKSLAGENHET entered=0/1/null left=0/0/null stillThere=0/1/null median=null/null/null"
            + " p90=null/null/null cost=0/31930/null",
        "EGET_KONTRAKT" + unchangedZero());
    // 568 days = 585 040 kr; 323 420 → 585 040 (+80.89 %)
    assertThat(r.total()).isEqualTo(new FlowReport.FlowTotal(9, 7, 568, 585_040,
        new Change(dec("323420"), dec("261620"), dec("80.9"))));

    // four gaps started in the tertial: A 14, B 10, D 17, E 5 = 46 days, by case number
    assertThat(r.gaps().totalDays()).isEqualTo(46);
    assertThat(r.gaps().byClient()).containsExactly(
        new ClientGaps(caseA, 14, List.of(new Gap("BEHANDLING", "STODBOENDE", "DISCHARGED", d(2026, 4, 20),
            d(2026, 5, 4), 14))),
        new ClientGaps(caseB, 10, List.of(new Gap("INACKORDERINGSHEM", "HARBARGE", "LEFT_PLACEMENT", d(2026, 4, 30),
            d(2026, 5, 10), 10))),
        new ClientGaps(caseD, 17, List.of(new Gap("HARBARGE", "BEHANDLING", "LOST_CONTACT", d(2026, 5, 15),
            d(2026, 6, 1), 17))),
        new ClientGaps(caseE, 5, List.of(new Gap("HARBARGE", "BEHANDLING", "LEFT_PLACEMENT", d(2026, 6, 1),
            d(2026, 6, 6), 5))));
    // in the chain's order of the from-step: HARBARGE → BEHANDLING twice (17 and 5: median 11)
    assertThat(r.gaps().byTransition()).containsExactly(
        new TransitionGaps("HARBARGE", "BEHANDLING", 2, 22, dec("11.0")),
        new TransitionGaps("BEHANDLING", "STODBOENDE", 1, 14, dec("14.0")),
        new TransitionGaps("INACKORDERINGSHEM", "HARBARGE", 1, 10, dec("10.0")));
    var chainGaps = kpis.figures(d(2026, 5, 1), d(2026, 8, 31)).chainGapDays();
    assertThat(chainGaps.total()).as("the same gaps as chainGapDays").isEqualTo(46);
    assertThat(chainGaps.clientsWithGap()).isEqualTo(r.gaps().byClient().size());
  }

  @Test
  void may2026AgainstApril() {
    FlowReport r = flows.report(FlowPeriod.month(java.time.YearMonth.of(2026, 5)));
    assertThat(r.previousPeriod()).isEqualTo(new FlowPeriod("MONTH", "2026-04", d(2026, 4, 1), d(2026, 4, 30)));
    assertThat(lines(r)).containsExactly(
        // in on 05-01: D2, C1; in: E1 05-02, B3 05-10; out: C1 05-01 → TRANINGSLAGENHET, D2 05-15 lost
        // contact; days D2 14, B3 22, E1 30 = 66
        "HARBARGE atStart=2 entered=2 clients=2 movedTo={TRANINGSLAGENHET=1} withoutNext={LOST_CONTACT=1} left=2"
            + " stillThere=2 stays=2/43.0/56 days=66 cost=67980",
        "BEHANDLING atStart=0 entered=0 clients=0 movedTo={} withoutNext={} left=0 stillThere=0 stays=0/null/null"
            + " days=0 cost=0",
        "INACKORDERINGSHEM atStart=0 entered=0 clients=0 movedTo={} withoutNext={} left=0 stillThere=0"
            + " stays=0/null/null days=0 cost=0",
        "STODBOENDE atStart=0 entered=1 clients=1 movedTo={} withoutNext={} left=0 stillThere=1 stays=0/null/null"
            + " days=28 cost=28840", // A3 05-04..05-31
        "TRANINGSLAGENHET atStart=0 entered=1 clients=1 movedTo={} withoutNext={} left=0 stillThere=1"
            + " stays=0/null/null days=31 cost=31930", // C2
        "FORSOKSLAGENHET atStart=0 entered=0 clients=0 movedTo={} withoutNext={} left=0 stillThere=0"
            + " stays=0/null/null days=0 cost=0",
        "EGET_KONTRAKT atStart=0 entered=0 clients=0 movedTo={} withoutNext={} left=0 stillThere=0"
            + " stays=0/null/null days=0 cost=0");
    // April: HARBARGE in C1, D2 and C1 still there, 60 days; BEHANDLING A2 out 04-20 (78 d, 19 days);
    // INACKORDERINGSHEM B2 out 04-30 (60 d, 29 days)
    assertThat(changes(r)).containsExactly(
        "HARBARGE entered=1/1/100.0 left=0/2/null stillThere=2/0/0.0 median=null/null/null p90=null/null/null"
            + " cost=61800/6180/10.0",
        "BEHANDLING entered=0/0/null left=1/-1/-100.0 stillThere=0/0/null median=78.0/null/null p90=78/null/null"
            + " cost=19570/-19570/-100.0",
        "INACKORDERINGSHEM entered=0/0/null left=1/-1/-100.0 stillThere=0/0/null median=60.0/null/null"
            + " p90=60/null/null cost=29870/-29870/-100.0",
        "STODBOENDE entered=0/1/null left=0/0/null stillThere=0/1/null median=null/null/null p90=null/null/null"
            + " cost=0/28840/null",
        "TRANINGSLAGENHET entered=0/1/null left=0/0/null stillThere=0/1/null median=null/null/null"
            + " p90=null/null/null cost=0/31930/null",
        "FORSOKSLAGENHET" + unchangedZero(),
        "EGET_KONTRAKT" + unchangedZero());
    // 125 days = 128 750 kr; April 108 days = 111 240 kr (+15.74 %)
    assertThat(r.total()).isEqualTo(new FlowReport.FlowTotal(4, 2, 125, 128_750,
        new Change(dec("111240"), dec("17510"), dec("15.7"))));
    assertThat(r.gaps().byClient()).extracting(ClientGaps::caseNumber).containsExactly(caseA, caseB);
    assertThat(r.gaps().totalDays()).isEqualTo(24);
  }

  @Test
  void everyStepAndEveryCauseIsAKeyAndAFreePeriodHasNoChange() {
    FlowReport r = flows.report(FlowPeriod.between(d(2026, 1, 1), d(2026, 8, 31)));
    assertThat(r.previousPeriod()).isNull();
    assertThat(r.total().costChange()).isNull();
    for (StepFlow step : r.steps()) {
      assertThat(step.change()).isNull();
      assertThat(step.movedTo().keySet()).containsExactly("HARBARGE", "BEHANDLING", "INACKORDERINGSHEM",
          "STODBOENDE", "TRANINGSLAGENHET", "FORSOKSLAGENHET", "EGET_KONTRAKT");
      assertThat(step.leftWithoutNext().keySet()).containsExactly("DISCHARGED", "LEFT_PLACEMENT", "LOST_CONTACT",
          "RELAPSE_BEFORE_V16", "TERMINATED", "CLOSED", "UNKNOWN");
      assertThat(step.atStart() + step.entered()).as(step.step()).isEqualTo(step.left() + step.stillThere());
    }
    // the two tertials together: 314 + 568 days, 323 420 + 585 040 kr
    assertThat(r.total().placementDays()).isEqualTo(882);
    assertThat(r.total().costSek()).isEqualTo(908_460);
  }

  @Test
  void overHttpOnlyTheEnhetschefAndOnlyAValidPeriod() {
    TestHttp http = new TestHttp(port);
    TestHttp.Response ok = http.get("/api/reports/flows?tertial=2026-2", "eva", "demo");
    assertThat(ok.status()).as(ok.body()).isEqualTo(200);
    JsonNode json = ok.json();
    assertThat(json.at("/period/kind").asText()).isEqualTo("TERTIAL");
    assertThat(json.at("/period/from").asText()).isEqualTo("2026-05-01");
    assertThat(json.at("/previousPeriod/name").asText()).isEqualTo("2026-1");
    assertThat(json.at("/steps/0/step").asText()).isEqualTo("HARBARGE");
    assertThat(json.at("/steps/0/label").asText()).isEqualTo("Härbärge");
    assertThat(json.at("/steps/0/movedTo/TRANINGSLAGENHET").asLong()).isEqualTo(1);
    assertThat(json.at("/steps/0/change/costSek/percent").decimalValue()).isEqualByComparingTo("-57.4");
    assertThat(json.at("/gaps/byClient/0/caseNumber").asText()).isEqualTo(caseA);
    assertThat(ok.body()).as("case numbers, never names or aliases").doesNotContain("Flöde");
    assertThat(http.get("/api/reports/flows?month=2026-05", "eva", "demo").json().at("/total/costSek").asLong())
        .isEqualTo(128_750);
    assertThat(http.get("/api/reports/flows?from=2026-01-01&to=2026-08-31", "eva", "demo").json()
        .at("/total/placementDays").asLong()).isEqualTo(882);

    for (String user : List.of("kim", "lotta", "bosse", "sara")) {
      assertThat(http.get("/api/reports/flows?tertial=2026-2", user, "demo").status()).as(user).isEqualTo(403);
    }
    assertThat(http.get("/api/reports/flows?tertial=2026-2", null, null).status()).isEqualTo(401);
    Map<String, String> refused = Map.of(
        "", "from", "tertial=2026-4", "tertial", "tertial=2026", "tertial", "tertial=1899-1", "tertial",
        "month=2026-13", "month", "month=maj", "month", "tertial=2026-2&month=2026-05", "tertial",
        "from=2026-05-01", "to", "from=2026-05-01&to=2026-04-01", "to", "month=2026-05&from=2026-05-01", "month");
    refused.forEach((query, field) -> {
      TestHttp.Response r = http.get("/api/reports/flows?" + query, "eva", "demo");
      assertThat(r.status()).as(query).isEqualTo(400);
      assertThat(r.contentType()).as(query).startsWith("application/problem+json");
      assertThat(r.json().path("errors").get(0).path("field").asText()).as(query).isEqualTo(field);
      assertThat(r.json().path("detail").asText()).as(query).isNotBlank().doesNotContain("Exception");
    });
  }

  /** One line per step: every number of its flows, maps without their zero entries. */
  static List<String> lines(FlowReport r) {
    return r.steps().stream().map(s -> s.step() + " atStart=" + s.atStart() + " entered=" + s.entered()
        + " clients=" + s.clientsEntered() + " movedTo=" + nonZero(s.movedTo()) + " withoutNext="
        + nonZero(s.leftWithoutNext()) + " left=" + s.left() + " stillThere=" + s.stillThere() + " stays="
        + s.stays().ended() + "/" + s.stays().medianDays() + "/" + s.stays().p90Days() + " days=" + s.placementDays()
        + " cost=" + s.costSek()).toList();
  }

  /** One line per step: previous/absolute/percent of each change. */
  static List<String> changes(FlowReport r) {
    return r.steps().stream().map(s -> s.step() + " entered=" + c(s.change().entered()) + " left="
        + c(s.change().left()) + " stillThere=" + c(s.change().stillThere()) + " median="
        + c(s.change().medianStayDays()) + " p90=" + c(s.change().p90StayDays()) + " cost="
        + c(s.change().costSek())).toList();
  }

  /** A step with nothing in either period. */
  private static String unchangedZero() {
    return " entered=0/0/null left=0/0/null stillThere=0/0/null median=null/null/null p90=null/null/null"
        + " cost=0/0/null";
  }

  private static String c(Change change) {
    return plain(change.previous()) + "/" + plain(change.absolute()) + "/" + plain(change.percent());
  }

  private static String plain(BigDecimal value) {
    return value == null ? "null" : value.toPlainString();
  }

  private static String nonZero(Map<String, Long> counts) {
    return counts.entrySet().stream().filter(e -> e.getValue() != 0).sorted(Map.Entry.comparingByKey())
        .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ", "{", "}"));
  }

  private JourneyIntake.StartedJourney atShelter(LocalDate since) {
    return journeys.start(new StartCommand(ClientType.UNIDENTIFIED, null, null, null, "Flöde", Needs.ADDICTION, null,
        Situation.HARBARGE, "Härbärget", since), "kim");
  }

  private static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }

  private static void at(int year, int month, int day) {
    ClockUtil.setCurrentTime(Staff.date(LocalDate.of(year, month, day).atTime(10, 0)));
  }

  private static LocalDate d(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }
}
