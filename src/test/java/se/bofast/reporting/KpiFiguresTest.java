package se.bofast.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.bofast.client.Needs;
import se.bofast.eviction.ContactChannel;
import se.bofast.eviction.CaseSteps;
import se.bofast.eviction.SignalIntake;
import se.bofast.eviction.Outcome;
import se.bofast.eviction.Signal;
import se.bofast.eviction.SignalSource;
import se.bofast.eviction.SignalType;
import se.bofast.housing.JourneyIntake;
import se.bofast.housing.JourneyIntake.ClientType;
import se.bofast.housing.JourneyIntake.StartCommand;
import se.bofast.housing.JourneyIntake.StartedJourney;
import se.bofast.housing.JourneyPlacements;
import se.bofast.housing.OutreachAndAssessment;
import se.bofast.housing.Situation;
import se.bofast.housing.Step;
import se.bofast.housing.TerminationCause;
import se.bofast.support.AppTest;
import se.bofast.support.Staff;
import se.bofast.support.TestHttp;
import se.bofast.support.TestPersonnummer;

/**
 * The "done when": a known history built through the modules' facades with a moved
 * clock, and every key of the KPI answer checked to the exact number for two periods; the
 * CSV and the workbook agree with the JSON. Runs in a JVM of its own (surefire execution
 * "reporting") so that no other suite's data is counted.
 *
 * <pre>
 * Placements (end = the day the client left, exclusive; day cost 1 030 kr, own lease 0):
 *  P1  C1 HARBARGE          2027-02-20 → 03-10 moved on   gap -
 *  P2  C1 BEHANDLING        03-10 → 04-01 moved on        gap 0
 *  P3  C1 TRANINGSLAGENHET  04-01 → 05-01 moved on        gap 0
 *  P4  C1 FORSOKSLAGENHET   05-01 → 06-15 TAKEOVER        gap 0
 *  P5  C1 EGET_KONTRAKT     06-15 → open                  gap 0
 *  P6  C2 HARBARGE          03-05 → 03-20 moved on        gap -
 *  P7  C2 TRANINGSLAGENHET  03-20 → 04-10 moved on        gap 0
 *  P8  C2 FORSOKSLAGENHET   04-10 → 05-20 TERMINATED      gap 0
 *  P9  C2 BEHANDLING        05-25 → open                  gap 5
 *  P10 C3 HARBARGE          03-25 → 04-05 TERMINATED      gap -
 *  P11 C3 HARBARGE          04-15 → open                  gap 10
 * Eviction cases (first signal: type, source; first attempt; first contact; outcome on; children
 * affected; återvinningsfrist from the notice dates; aid decision):
 *  E5 02-10 RENT_ARREARS LANDLORD (notice 02-01, notified 02-03), attempt = contact 02-17 (7 d),
 *     EVICTED 03-30, 2 children; frist 02-24, aid refused 02-22 (in time)
 *  E1 03-03 RENT_ARREARS LANDLORD (notice 03-01, notified 03-02) + 03-15 EVICTION_DATE_SET KRONOFOGDEN,
 *     letter 03-04 unanswered (1 d), contact 03-05 (2 d), PREVENTED 03-25; frist 03-23, aid granted 03-24 (late)
 *  E2 03-10 DISTURBANCE LANDLORD, letter 03-12 unanswered (2 d), contact 03-20 (10 d),
 *     EVICTED on 03-31 (recorded, and closed, 04-20), 1 child
 *  E6 04-01 EVICTION_DATE_SET KRONOFOGDEN, letter 04-03 unanswered (2 d), no contact, EVICTED 04-28, 0 children
 *  E3 05-05 EARLY_WARNING BOSTADSFORMEDLINGEN, attempt = contact 05-06 (1 d), MOVED 06-10
 *  E7 05-10 RENT_ARREARS LANDLORD (notice 05-07, notified 05-10), letter 05-12 unanswered (2 d),
 *     WITHDRAWN 05-20 without an aid decision, before its frist 05-31 (none was needed)
 *  E4 06-20 RENT_ARREARS SOCIAL_SERVICES (notice 06-17, notified 06-18), no attempt, open; frist 07-09, no aid
 * Outreach contacts of C3 (unidentified at the time unless said): 03-03, 03-10, 04-02,
 *  04-20 (identified at this contact: still unidentified at the time), 05-03 (identified).
 * SIP target group: C1 and C2 (samsjuklighet); C1's plan is established and current.
 * The report is computed on 2027-07-15.
 * </pre>
 */
@AppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KpiFiguresTest {

  @Autowired JourneyIntake journeys;
  @Autowired OutreachAndAssessment outreach;
  @Autowired JourneyPlacements placements;
  @Autowired SignalIntake evictions;
  @Autowired CaseSteps evictionSteps;
  @Autowired KpiService kpis;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  void buildHistory() {
    at(2027, 2, 10);
    long e5 = signal("E5", "19800101", 2, SignalSource.LANDLORD, SignalType.RENT_ARREARS, d(2027, 2, 1),
        d(2027, 2, 3)).evictionCase().caseId();
    at(2027, 2, 17);
    evictionSteps.recordContactAttempt(e5, d(2027, 2, 17), ContactChannel.PHONE, true, 2,
        "Barn i hushållet: ringde direkt", "bosse");
    at(2027, 2, 20);
    StartedJourney c1 = journeys.start(new StartCommand(ClientType.UNIDENTIFIED, null, null, null, "Ett",
        Needs.BOTH, null, Situation.HARBARGE, "Härbärget", d(2027, 2, 20)), "kim");
    at(2027, 3, 2);
    StartedJourney c3 = journeys.start(new StartCommand(ClientType.UNIDENTIFIED, null, null, null, "Tre",
        Needs.ADDICTION, null, Situation.STREET, null, null), "kim");
    at(2027, 3, 3);
    long e1 = signal("E1", "first", 2, SignalSource.LANDLORD, SignalType.RENT_ARREARS, d(2027, 3, 1),
        d(2027, 3, 2)).evictionCase().caseId();
    outreach.recordOutreachContact(c3.journeyId(), d(2027, 3, 3), true, null, null, null, "kim");
    at(2027, 3, 4);
    unansweredLetter(e1, d(2027, 3, 4));
    at(2027, 3, 5);
    StartedJourney c2 = journeys.start(new StartCommand(ClientType.UNIDENTIFIED, null, null, null, "Två",
        Needs.BOTH, null, Situation.HARBARGE, "Härbärget", d(2027, 3, 5)), "kim");
    evictionSteps.recordContactAttempt(e1, d(2027, 3, 5), ContactChannel.HOME_VISIT, true, 2,
        "Barn i hushållet: hembesök direkt", "bosse");
    at(2027, 3, 10);
    placements.startPlacement(c1.journeyId(), Step.BEHANDLING, "Behandlingshemmet", null, d(2027, 3, 10), "sara");
    long e2 = signal("E2", "first", 1, SignalSource.LANDLORD, SignalType.DISTURBANCE, null, null)
        .evictionCase().caseId();
    outreach.recordOutreachContact(c3.journeyId(), d(2027, 3, 10), false, null, null, null, "kim");
    at(2027, 3, 12);
    unansweredLetter(e2, d(2027, 3, 12));
    at(2027, 3, 15);
    signal("E1", "second", 2, SignalSource.KRONOFOGDEN, SignalType.EVICTION_DATE_SET, null, null);
    at(2027, 3, 20);
    placements.startPlacement(c2.journeyId(), Step.TRANINGSLAGENHET, "Tränings 1", null, d(2027, 3, 20), "sara");
    evictionSteps.recordContactAttempt(e2, d(2027, 3, 20), ContactChannel.PHONE, true, 1,
        "Barn i hushållet: ringde direkt", "bosse");
    at(2027, 3, 25);
    placements.startPlacement(c3.journeyId(), Step.HARBARGE, "Härbärget", null, d(2027, 3, 25), "sara");
    evictionSteps.recordOutcome(e1, Outcome.PREVENTED, 0, null, null);
    at(2027, 3, 30);
    evictionSteps.recordOutcome(e5, Outcome.EVICTED, 2, null, true);
    at(2027, 4, 1);
    placements.startPlacement(c1.journeyId(), Step.TRANINGSLAGENHET, "Tränings 2", null, d(2027, 4, 1), "sara");
    long e6 = signal("E6", "first", 0, SignalSource.KRONOFOGDEN, SignalType.EVICTION_DATE_SET, null, null)
        .evictionCase().caseId();
    at(2027, 4, 2);
    outreach.recordOutreachContact(c3.journeyId(), d(2027, 4, 2), true, null, null, null, "kim");
    at(2027, 4, 3);
    unansweredLetter(e6, d(2027, 4, 3));
    at(2027, 4, 5);
    placements.terminatePlacement(c3.journeyId(), TerminationCause.DECISION_ENDED, d(2027, 4, 5), "sara");
    at(2027, 4, 10);
    placements.startPlacement(c2.journeyId(), Step.FORSOKSLAGENHET, "Försök 1", null, d(2027, 4, 10), "sara");
    at(2027, 4, 15);
    placements.startPlacement(c3.journeyId(), Step.HARBARGE, "Härbärget", null, d(2027, 4, 15), "sara");
    at(2027, 4, 20);
    evictionSteps.recordOutcome(e2, Outcome.EVICTED, 1, null, true);
    outreach.recordOutreachContact(c3.journeyId(), d(2027, 4, 20), true, TestPersonnummer.next(), "Tor", "Tre", "kim");
    at(2027, 4, 28);
    evictionSteps.recordOutcome(e6, Outcome.EVICTED, 0, null, true);
    at(2027, 5, 1);
    placements.startPlacement(c1.journeyId(), Step.FORSOKSLAGENHET, "Försök 2", null, d(2027, 5, 1), "sara");
    at(2027, 5, 3);
    outreach.recordOutreachContact(c3.journeyId(), d(2027, 5, 3), true, null, null, null, "kim");
    at(2027, 5, 5);
    long e3 = signal("E3", "first", 0, SignalSource.BOSTADSFORMEDLINGEN, SignalType.EARLY_WARNING, null, null)
        .evictionCase().caseId();
    at(2027, 5, 6);
    evictionSteps.recordContactAttempt(e3, d(2027, 5, 6), ContactChannel.LETTER, true, 0, null, "bosse");
    at(2027, 5, 10);
    long e7 = signal("E7", "first", null, SignalSource.LANDLORD, SignalType.RENT_ARREARS, d(2027, 5, 7),
        d(2027, 5, 10)).evictionCase().caseId();
    at(2027, 5, 12);
    unansweredLetter(e7, d(2027, 5, 12));
    at(2027, 5, 20);
    // an uppsägning on a lawful cause (a relapse no longer ends a placement, issue 14)
    placements.terminatePlacement(c2.journeyId(), TerminationCause.DISTURBANCE, d(2027, 5, 20), "sara");
    evictionSteps.recordOutcome(e7, Outcome.WITHDRAWN, 0, null, null);
    at(2027, 5, 25);
    placements.startPlacement(c2.journeyId(), Step.BEHANDLING, "Behandlingshemmet", null, d(2027, 5, 25), "sara");
    at(2027, 6, 10);
    evictionSteps.recordOutcome(e3, Outcome.MOVED, 0, null, null);
    at(2027, 6, 15);
    placements.takeOver(c1.journeyId(), "bosse");
    at(2027, 6, 20);
    long e4 = signal("E4", "first", null, SignalSource.SOCIAL_SERVICES, SignalType.RENT_ARREARS, d(2027, 6, 17),
        d(2027, 6, 18)).evictionCase().caseId();

    // What the records part's forms store (issue 12), written here as those forms leave it: the aid
    // decisions, and E2's outcome on the day of the eviction, recorded later (the case closed 04-20).
    assertThat(jdbc.update("UPDATE eviction_case SET aid_decision = 'REFUSED', aid_decided_on = DATE '2027-02-22'"
        + " WHERE id = ?", e5)).isEqualTo(1);
    assertThat(jdbc.update("UPDATE eviction_case SET aid_decision = 'GRANTED', aid_amount_sek = 18400,"
        + " aid_decided_on = DATE '2027-03-24' WHERE id = ?", e1)).isEqualTo(1);
    assertThat(jdbc.update("UPDATE eviction_case SET outcome_on = DATE '2027-03-31' WHERE id = ?", e2)).isEqualTo(1);
    // the återvinningsfrist as the module computed it from the notice dates (three weeks from the later)
    assertThat(jdbc.queryForList("SELECT reclaim_deadline FROM eviction_case WHERE id IN (?, ?, ?, ?, ?, ?, ?)"
        + " ORDER BY id", LocalDate.class, e5, e1, e2, e6, e3, e7, e4))
        .as("E5, E1, E2, E6, E3, E7, E4").containsExactly(d(2027, 2, 24), d(2027, 3, 23), null, null, null,
            d(2027, 5, 31), d(2027, 7, 9));

    // C1's SIP, established as care-plan's steps leave it (consent, meeting, plan, next follow-up)
    int updated = jdbc.update("UPDATE care_plan SET status = 'ESTABLISHED', consent_date = DATE '2027-02-21',"
        + " meeting_date = DATE '2027-03-01', established_on = DATE '2027-03-01', coordinator = 'SOCIAL_SERVICES',"
        + " next_follow_up = DATE '2027-08-01' WHERE client_id = ?", c1.clientId());
    assertThat(updated).isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sip_target", Long.class)).as("C1 and C2").isEqualTo(2);

    at(2027, 7, 15);
  }

  @AfterAll
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void march2027() {
    KpiFigures f = kpis.figures(d(2027, 3, 1), d(2027, 3, 31));
    // nights 03-01..03-31: P1 03-01..03-09 = 9, P6 03-05..03-19 = 15, P10 03-25..03-31 = 7
    assertThat(f.shelterNights()).isEqualTo(31);
    // on 03-31: C1 in P2 BEHANDLING, C2 in P7 TRANINGSLAGENHET, C3 in P10 HARBARGE
    assertThat(f.clientsByStep()).containsExactly(
        Map.entry("HARBARGE", 1L), Map.entry("BEHANDLING", 1L), Map.entry("INACKORDERINGSHEM", 0L),
        Map.entry("STODBOENDE", 0L), Map.entry("TRANINGSLAGENHET", 1L), Map.entry("FORSOKSLAGENHET", 0L),
        Map.entry("EGET_KONTRAKT", 0L));
    assertThat(f.movesTrainingToTrial()).isZero(); // P8 starts 04-10, P4 05-01
    assertThat(f.trialTerminations()).isZero();
    assertThat(f.contractTakeovers()).isZero();
    // starting in March: P2 gap 0, P7 gap 0; P6 and P10 are first placements
    assertThat(f.chainGapDays()).isEqualTo(new KpiFigures.ChainGapDays(0, BigDecimal.ZERO, 0));
    assertThat(f.evictionSignals()).isEqualTo(3); // E1 03-03, E2 03-10, E1 03-15
    assertThat(f.signalsByType()).containsExactly(Map.entry("RENT_ARREARS", 1L), Map.entry("DISTURBANCE", 1L),
        Map.entry("EVICTION_DATE_SET", 1L), Map.entry("EARLY_WARNING", 0L));
    assertThat(f.signalsBySource()).containsExactly(Map.entry("LANDLORD", 2L), Map.entry("KRONOFOGDEN", 1L),
        Map.entry("BOSTADSFORMEDLINGEN", 0L), Map.entry("SOCIAL_SERVICES", 0L));
    assertThat(f.evictionCases()).isEqualTo(2); // E1, E2
    // by the outcome's day: E2 was evicted 03-31, though recorded and closed 04-20
    assertThat(f.casesByOutcome()).containsExactly(Map.entry("PREVENTED", 1L), Map.entry("MOVED", 0L),
        Map.entry("EVICTED", 2L), Map.entry("WITHDRAWN", 0L));
    assertThat(f.evictionsPrevented()).isEqualTo(1); // E1 03-25
    assertThat(f.evictionsExecuted()).isEqualTo(2); // E5 03-30, E2 03-31
    assertThat(f.childrenAffectedByEviction()).isEqualTo(3); // E5 2 + E2 1
    assertThat(f.evictedHouseholdsWithChildren()).isEqualTo(2); // E5, E2
    assertThat(f.medianDaysToFirstContact()).isEqualByComparingTo("6.0"); // E1 2, E2 10
    assertThat(f.p90DaysToFirstContact()).isEqualTo(10); // rank ⌈0.9 × 2⌉ = 2 of 2, 10
    assertThat(f.medianDaysToFirstAttempt()).isEqualByComparingTo("1.5"); // E1 1 (letter 03-04), E2 2 (03-12)
    assertThat(f.p90DaysToFirstAttempt()).isEqualTo(2);
    // frist in March: E1 03-23, aid granted 03-24, a day late (E5's frist 02-24 is in February)
    assertThat(f.aidDecisionInTime()).isEqualTo(new KpiFigures.AidDecisionInTime(1, 0, new BigDecimal("0.0000")));
    assertThat(f.sipCoverage()).isEqualByComparingTo("0.5"); // today: C1 current, C2 not: 1/2
    assertThat(f.unknownHomelessContacts()).isEqualTo(2); // 03-03, 03-10
    // 2027: P1 18 + P2 22 + P3 30 + P4 45 + P6 15 + P7 21 + P8 40 + P9 221 (05-25..12-31)
    //       + P10 11 + P11 261 (04-15..12-31) = 684 days × 1 030 kr; P5 costs 0
    assertThat(f.careForecastSek()).isEqualTo(704_520);
    agreeAcrossFormats("2027-03-01", "2027-03-31");
  }

  @Test
  void firstHalf2027() {
    KpiFigures f = kpis.figures(d(2027, 1, 1), d(2027, 6, 30));
    // P1 18 + P6 15 + P10 11 + P11 04-15..06-30 = 77 (open: counted up to 06-30, before today 07-15)
    assertThat(f.shelterNights()).isEqualTo(121);
    // on 06-30: C1 in P5 EGET_KONTRAKT, C2 in P9 BEHANDLING, C3 in P11 HARBARGE
    assertThat(f.clientsByStep()).containsExactly(
        Map.entry("HARBARGE", 1L), Map.entry("BEHANDLING", 1L), Map.entry("INACKORDERINGSHEM", 0L),
        Map.entry("STODBOENDE", 0L), Map.entry("TRANINGSLAGENHET", 0L), Map.entry("FORSOKSLAGENHET", 0L),
        Map.entry("EGET_KONTRAKT", 1L));
    assertThat(f.movesTrainingToTrial()).isEqualTo(2); // P7 → P8 (04-10), P3 → P4 (05-01)
    assertThat(f.trialTerminations()).isEqualTo(1); // P8 05-20
    assertThat(f.contractTakeovers()).isEqualTo(1); // P4 06-15
    // gaps: P9 5 days (C2), P11 10 days (C3): total 15, median (5 + 10) / 2 = 7.5, two clients
    assertThat(f.chainGapDays()).isEqualTo(new KpiFigures.ChainGapDays(15, new BigDecimal("7.5"), 2));
    assertThat(f.evictionSignals()).isEqualTo(8); // E5, E1, E2, E1 again, E6, E3, E7, E4
    assertThat(f.signalsByType()).containsExactly(Map.entry("RENT_ARREARS", 4L), Map.entry("DISTURBANCE", 1L),
        Map.entry("EVICTION_DATE_SET", 2L), Map.entry("EARLY_WARNING", 1L)); // E5 E1 E7 E4; E2; E1 E6; E3
    assertThat(f.signalsBySource()).containsExactly(Map.entry("LANDLORD", 4L), Map.entry("KRONOFOGDEN", 2L),
        Map.entry("BOSTADSFORMEDLINGEN", 1L), Map.entry("SOCIAL_SERVICES", 1L)); // E5 E1 E2 E7; E1 E6; E3; E4
    assertThat(f.evictionCases()).isEqualTo(7);
    assertThat(f.casesByOutcome()).containsExactly(Map.entry("PREVENTED", 1L), Map.entry("MOVED", 1L),
        Map.entry("EVICTED", 3L), Map.entry("WITHDRAWN", 1L)); // E1; E3; E5 E2 E6; E7 (E4 open)
    assertThat(f.evictionsPrevented()).isEqualTo(1); // E1
    assertThat(f.evictionsExecuted()).isEqualTo(3); // E5, E2, E6 (E3 MOVED, E7 WITHDRAWN are neither)
    assertThat(f.childrenAffectedByEviction()).isEqualTo(3); // E5 2 + E2 1 + E6 0
    assertThat(f.evictedHouseholdsWithChildren()).isEqualTo(2); // E5, E2; not E6 (no child)
    assertThat(f.medianDaysToFirstContact()).isEqualByComparingTo("4.5"); // 1, 2, 7, 10 (E6, E7, E4 none)
    assertThat(f.p90DaysToFirstContact()).isEqualTo(10); // rank ⌈0.9 × 4⌉ = 4
    // first attempts 1, 1, 2, 2, 2, 7 (E1, E3; E2, E6, E7; E5; E4 none): median (2 + 2) / 2, p90 rank ⌈5.4⌉ = 6
    assertThat(f.medianDaysToFirstAttempt()).isEqualByComparingTo("2.0");
    assertThat(f.p90DaysToFirstAttempt()).isEqualTo(7);
    // frists in the half year: E5 02-24 (decided 02-22, in time), E1 03-23 (03-24, late); E7's 05-31
    // left out: withdrawn 05-20 without a decision, before its frist; E4's 07-09 is in July
    assertThat(f.aidDecisionInTime()).isEqualTo(new KpiFigures.AidDecisionInTime(2, 1, new BigDecimal("0.5000")));
    assertThat(f.sipCoverage()).isEqualByComparingTo("0.5");
    assertThat(f.unknownHomelessContacts()).isEqualTo(4); // 03-03, 03-10, 04-02, 04-20; not 05-03
    assertThat(f.careForecastSek()).isEqualTo(704_520);
    agreeAcrossFormats("2027-01-01", "2027-06-30");
  }

  @Test
  void april2027CountsAnOutcomeOnItsOwnDay() {
    KpiFigures f = kpis.figures(d(2027, 4, 1), d(2027, 4, 30));
    // E2 closed 04-20, but was evicted 03-31: only E6 (04-28, no child) was evicted in April
    assertThat(f.casesByOutcome()).containsExactly(Map.entry("PREVENTED", 0L), Map.entry("MOVED", 0L),
        Map.entry("EVICTED", 1L), Map.entry("WITHDRAWN", 0L));
    assertThat(f.evictionsExecuted()).isEqualTo(1);
    assertThat(f.childrenAffectedByEviction()).isZero();
    assertThat(f.evictedHouseholdsWithChildren()).isZero();
    assertThat(f.signalsByType()).containsEntry("EVICTION_DATE_SET", 1L); // E6
    assertThat(f.signalsBySource()).containsEntry("KRONOFOGDEN", 1L);
    assertThat(f.medianDaysToFirstAttempt()).isEqualByComparingTo("2.0"); // E6 04-03
    assertThat(f.p90DaysToFirstAttempt()).isEqualTo(2);
    assertThat(f.medianDaysToFirstContact()).as("E6 not reached").isNull();
    assertThat(f.p90DaysToFirstContact()).isNull();
    assertThat(f.aidDecisionInTime()).as("no frist in April").isEqualTo(new KpiFigures.AidDecisionInTime(0, 0, null));
    agreeAcrossFormats("2027-04-01", "2027-04-30");
  }

  @Test
  void july2027CountsAPassedFristOfAnOpenCase() {
    // computed on 07-15: E4's frist 07-09 has passed without an aid decision
    KpiFigures f = kpis.figures(d(2027, 7, 1), d(2027, 7, 31));
    assertThat(f.aidDecisionInTime()).isEqualTo(new KpiFigures.AidDecisionInTime(1, 0, new BigDecimal("0.0000")));
    assertThat(f.evictionCases()).as("E4 is read for its frist, not counted as opened in July").isZero();
    assertThat(f.evictionSignals()).isZero();
    assertThat(f.casesByOutcome().values()).containsOnly(0L);
    assertThat(SteeringReport.summary(new KpiFigures.Period(d(2027, 7, 1), d(2027, 7, 31)), f))
        .contains("Signaler per typ:\n  Hyresskuld (uppsägning och underrättelse): 0\n  Störningar: 0\n")
        .contains("Ärenden per utfall:\n  Vräkningen förhindrades – hyresgästen bor kvar: 0\n")
        .contains("Dagar från signal till första kontakt: median –, 90:e percentilen –\n")
        .contains("Beslut om ekonomiskt bistånd senast på återvinningsfristen: 0 av 1 (andel 0.0000)\n");
  }

  @Test
  void onlyTheEnhetschefAndOnlyAValidPeriod() {
    TestHttp http = new TestHttp(port);
    assertThat(http.get("/api/reports/kpis?from=2027-03-01&to=2027-03-31", "bosse", "demo").status()).isEqualTo(403);
    assertThat(http.get("/api/reports/kpis.csv?from=2027-03-01&to=2027-03-31", "sara", "demo").status())
        .isEqualTo(403);
    assertThat(http.get("/api/reports/kpis.xlsx?from=2027-03-01&to=2027-03-31", "kim", "demo").status())
        .isEqualTo(403);
    assertThat(http.get("/api/reports/kpis?from=2027-03-01&to=2027-03-31", null, null).status()).isEqualTo(401);
    for (String query : List.of("to=2027-03-31", "from=2027-03-01", "from=2027-13-01&to=2027-03-31",
        "from=2027-03-01&to=31.3.2027", "from=2027-03-31&to=2027-03-01")) {
      TestHttp.Response r = http.get("/api/reports/kpis?" + query, "eva", "demo");
      assertThat(r.status()).as(query).isEqualTo(400);
      assertThat(r.contentType()).as(query).startsWith("application/problem+json");
      assertThat(r.json().path("errors").get(0).path("field").asText()).as(query).isIn("from", "to");
    }
    JsonNode json = http.get("/api/reports/kpis?from=2027-03-01&to=2027-03-31", "eva", "demo").json();
    List<String> keys = new ArrayList<>();
    json.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactly("shelterNights", "clientsByStep", "movesTrainingToTrial", "trialTerminations",
        "contractTakeovers", "chainGapDays", "evictionSignals", "evictionCases", "evictionsPrevented",
        "evictionsExecuted", "childrenAffectedByEviction", "medianDaysToFirstContact", "signalsByType",
        "signalsBySource", "casesByOutcome", "evictedHouseholdsWithChildren", "p90DaysToFirstContact",
        "medianDaysToFirstAttempt", "p90DaysToFirstAttempt", "aidDecisionInTime", "sipCoverage",
        "unknownHomelessContacts", "careForecastSek");
    List<String> aidKeys = new ArrayList<>();
    json.path("aidDecisionInTime").fieldNames().forEachRemaining(aidKeys::add);
    assertThat(aidKeys).containsExactly("cases", "decidedInTime", "share");
  }

  /** The JSON over HTTP as eva, flattened, equals the CSV's and the workbook's key → value rows. */
  void agreeAcrossFormats(String from, String to) {
    String query = "?from=" + from + "&to=" + to;
    TestHttp http = new TestHttp(port);
    TestHttp.Response json = http.get("/api/reports/kpis" + query, "eva", "demo");
    assertThat(json.status()).isEqualTo(200);
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("from", from);
    expected.put("to", to);
    flatten("", json.json(), expected);
    expected.replaceAll((k, v) -> number(v));

    TestHttp.Response csv = http.get("/api/reports/kpis.csv" + query, "eva", "demo");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    Map<String, String> fromCsv = new LinkedHashMap<>();
    for (String line : csv.body().split("\r\n")) {
      assertThat(line).as("no label needs quoting").doesNotContain("\"");
      String[] cells = line.split(",", -1);
      if (cells.length == 3 && !cells[0].equals("nyckel")) {
        fromCsv.put(cells[0], number(cells[2]));
      }
    }
    assertThat(fromCsv).as("CSV").containsExactlyInAnyOrderEntriesOf(expected);
    assertThat(csv.body()).contains("Klienter per steg\r\nnyckel,beskrivning,värde\r\nclientsByStep.HARBARGE,")
        .contains("Signaler per typ\r\nnyckel,beskrivning,värde\r\n"
            + "signalsByType.RENT_ARREARS,Hyresskuld (uppsägning och underrättelse),")
        .contains("\r\nsignalsBySource.KRONOFOGDEN,Kronofogden,")
        .contains("\r\ncasesByOutcome.EVICTED,Avhysningen verkställdes,")
        .contains("\r\nevictedHouseholdsWithChildren,Vräkta hushåll med barn (målet är 0),")
        .contains("\r\naidDecisionInTime.share,Andel med beslut i tid (0–1),");

    Map<String, String> fromXlsx = new LinkedHashMap<>();
    List<String> sheets = new ArrayList<>();
    try {
      HttpResponse<byte[]> xlsx = HttpClient.newHttpClient().send(http.at("/api/reports/kpis.xlsx" + query)
          .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
              "eva:demo".getBytes(StandardCharsets.UTF_8))).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      assertThat(xlsx.statusCode()).isEqualTo(200);
      try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
        for (Sheet sheet : wb.getSheets().toList()) {
          sheets.add(sheet.getName());
          for (var row : sheet.read()) {
            if (row.getRowNum() == 1) {
              continue;
            }
            String key = row.getCellText(0);
            var cell = row.getCellCount() > 2 ? row.getCell(2) : null; // no third cell for a null figure
            String value = cell == null || cell.getValue() == null ? ""
                : cell.getValue() instanceof BigDecimal n ? n.stripTrailingZeros().toPlainString() : cell.getText();
            fromXlsx.put(key, number(value));
          }
        }
      }
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    assertThat(sheets).containsExactly("Period", "Boendekedjan", "Klienter per steg", "Glapp i kedjan",
        "Vräkningar", "Signaler per typ", "Signaler per källa", "Ärenden per utfall",
        "Bistånd före återvinningsfrist", "SIP", "Vårdprognos");
    assertThat(fromXlsx).as("workbook").containsExactlyInAnyOrderEntriesOf(expected);
  }

  /** Numbers compared by value (0.5000 = 0.5), text as it is. */
  private static String number(String v) {
    return v.matches("-?\\d+(\\.\\d+)?") ? new BigDecimal(v).stripTrailingZeros().toPlainString() : v;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
    node.fields().forEachRemaining(e -> {
      if (e.getValue().isObject()) {
        flatten(prefix + e.getKey() + ".", e.getValue(), out);
      } else {
        out.put(prefix + e.getKey(), e.getValue().isNull() ? "" : e.getValue().asText());
      }
    });
  }

  /** A letter the tenant did not answer (the first channel of the contact order). */
  private void unansweredLetter(long caseId, LocalDate on) {
    evictionSteps.recordContactAttempt(caseId, on, ContactChannel.LETTER, false, null, null, "bosse");
  }

  /** A signal about the household (each at an address of its own, so that no two households are one case). */
  private SignalIntake.Receipt signal(String household, String reference, Integer children, SignalSource source,
      SignalType type, LocalDate noticeServed, LocalDate socialServicesNotified) {
    String pnr = HOUSEHOLDS.computeIfAbsent(household, h -> TestPersonnummer.next());
    return evictions.receive(new Signal(household + "-" + reference, source, type, pnr, "Hyresgäst " + household,
        "Storgatan " + household.substring(1), "11321", "Stockholm", null, null, children, null, noticeServed,
        socialServicesNotified, null), "intake");
  }

  private static final Map<String, String> HOUSEHOLDS = new LinkedHashMap<>();

  private static void at(int year, int month, int day) {
    ClockUtil.setCurrentTime(Staff.date(LocalDate.of(year, month, day).atTime(10, 0)));
  }

  private static LocalDate d(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }
}
