package se.bofast.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import se.bofast.reporting.KpiFigures.Period;
import se.bofast.reporting.ReportSnapshots.Snapshot;
import se.bofast.support.PostgresAppTest;

/** The KPI queries and the snapshot tables on PostgreSQL 17 (the exact figures are checked on H2 by KpiFiguresTest). */
@PostgresAppTest
class PostgresReportingTest {

  @Autowired KpiService kpis;
  @Autowired ReportSnapshots snapshots;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theFiguresAndASnapshotOnPostgresql() {
    assertThat(jdbc.queryForObject(
        "SELECT count(*) FROM flyway_schema_history WHERE version = '7' AND success", Integer.class)).isEqualTo(1);
    // a placement of 10 days in the shelter, ended, and an outreach contact with an unidentified person
    long journey = jdbc.queryForObject("INSERT INTO journey (case_number, client_id, status, complex_needs, started_at,"
        + " started_by) VALUES ('VK-PG-KPI', 990001, 'OPEN', FALSE, now(), 'kim') RETURNING id", Long.class);
    jdbc.update("INSERT INTO placement (journey_id, client_id, step, place, start_date, end_date, day_cost_sek,"
        + " end_reason, created_by, created_at) VALUES (?, 990001, 'HARBARGE', 'Härbärget', DATE '2031-03-05',"
        + " DATE '2031-03-15', 1030, 'MOVED_ON', 'kim', now())", journey);
    jdbc.update("INSERT INTO outreach_contact (journey_id, client_id, contact_date, met, client_identified,"
        + " recorded_by, recorded_at) VALUES (?, 990001, DATE '2031-03-06', TRUE, FALSE, 'kim', now())", journey);

    KpiFigures f = kpis.figures(LocalDate.of(2031, 3, 1), LocalDate.of(2031, 3, 10));
    assertThat(f.shelterNights()).isEqualTo(6); // nights 03-05 .. 03-10
    assertThat(f.unknownHomelessContacts()).isEqualTo(1);
    assertThat(f.evictionSignals()).isZero();
    assertThat(f.childrenAffectedByEviction()).isZero();

    Period period = new Period(LocalDate.of(2031, 3, 1), LocalDate.of(2031, 3, 31));
    Snapshot stored = snapshots.store("MONTHLY", period, f, null);
    assertThat(snapshots.figures(stored).shelterNights()).isEqualTo(6);
    assertThat(snapshots.figures(stored).careForecastSek()).isEqualTo(f.careForecastSek());
    assertThat(snapshots.store("MONTHLY", period, f, null)).isEqualTo(stored);
    snapshots.approve(stored.id(), "eva", "Godkänd");
    assertThat(snapshots.approval(stored.id()).orElseThrow().comment()).isEqualTo("Godkänd");
    assertThatThrownBy(() -> jdbc.update("INSERT INTO report_snapshot (kind, period_from, period_to, figures_json,"
        + " computed_at) VALUES ('MONTHLY', DATE '2031-03-01', DATE '2031-03-31', '{}', now())"))
        .as("one snapshot per kind and period").isInstanceOf(DataIntegrityViolationException.class);
  }

  /**
   * Kronofogden's terms on PostgreSQL, to the number, for a month in 2018 that no other test uses (its
   * frists have passed, so the aid share counts them):
   * A RENT_ARREARS (LANDLORD) 04-03, letter 04-05 unanswered, contact 04-09, frist 04-20, aid refused 04-19,
   *   PREVENTED on 04-25 (closed 05-02);
   * B EVICTION_DATE_SET (KRONOFOGDEN) 04-10 + RENT_ARREARS (SOCIAL_SERVICES) 04-11, letter 04-10 unanswered,
   *   phone 04-12 unanswered, no contact, frist 04-27, no aid decision, EVICTED 04-30 with 2 children;
   * C DISTURBANCE (LANDLORD) 03-28, home visit = contact 04-02, WITHDRAWN 04-04 (before V8: no outcome_on).
   */
  @Test
  void kronofogdensTermsOnPostgresql() {
    long a = evictionCase("A", "2018-04-03", "2018-04-09", "PREVENTED", "2018-05-02", "2018-04-25", 0,
        "2018-04-20", "2018-04-19");
    long b = evictionCase("B", "2018-04-10", null, "EVICTED", "2018-04-30", "2018-04-30", 2, "2018-04-27", null);
    long c = evictionCase("C", "2018-03-28", "2018-04-02", "WITHDRAWN", "2018-04-04", null, 0, null, null);
    signal(a, "A", "LANDLORD", "RENT_ARREARS", "2018-04-03");
    signal(b, "B1", "KRONOFOGDEN", "EVICTION_DATE_SET", "2018-04-10");
    signal(b, "B2", "SOCIAL_SERVICES", "RENT_ARREARS", "2018-04-11");
    signal(c, "C", "LANDLORD", "DISTURBANCE", "2018-03-28");
    attempt(a, "2018-04-05", false);
    attempt(a, "2018-04-09", true);
    attempt(b, "2018-04-12", false);
    attempt(b, "2018-04-10", false);
    attempt(c, "2018-04-02", true);

    KpiFigures f = kpis.figures(LocalDate.of(2018, 4, 1), LocalDate.of(2018, 4, 30));
    assertThat(f.evictionSignals()).isEqualTo(3); // C's came in March
    assertThat(f.signalsByType()).containsExactly(Map.entry("RENT_ARREARS", 2L), Map.entry("DISTURBANCE", 0L),
        Map.entry("EVICTION_DATE_SET", 1L), Map.entry("EARLY_WARNING", 0L));
    assertThat(f.signalsBySource()).containsExactly(Map.entry("LANDLORD", 1L), Map.entry("KRONOFOGDEN", 1L),
        Map.entry("BOSTADSFORMEDLINGEN", 0L), Map.entry("SOCIAL_SERVICES", 1L));
    assertThat(f.evictionCases()).isEqualTo(2); // A, B
    assertThat(f.casesByOutcome()).containsExactly(Map.entry("PREVENTED", 1L), Map.entry("MOVED", 0L),
        Map.entry("EVICTED", 1L), Map.entry("WITHDRAWN", 1L));
    assertThat(f.childrenAffectedByEviction()).isEqualTo(2);
    assertThat(f.evictedHouseholdsWithChildren()).isEqualTo(1);
    assertThat(f.medianDaysToFirstContact()).isEqualByComparingTo("6.0"); // A 6 (B none; C opened in March)
    assertThat(f.p90DaysToFirstContact()).isEqualTo(6);
    assertThat(f.medianDaysToFirstAttempt()).isEqualByComparingTo("1.0"); // A 2, B 0
    assertThat(f.p90DaysToFirstAttempt()).isEqualTo(2);
    assertThat(f.aidDecisionInTime()).isEqualTo(new KpiFigures.AidDecisionInTime(2, 1, new BigDecimal("0.5000")));
  }

  private long evictionCase(String household, String firstSignal, String firstContact, String outcome,
      String closedOn, String outcomeOn, int children, String frist, String aidDecidedOn) {
    return jdbc.queryForObject("INSERT INTO eviction_case (case_number, tenant_personal_number, tenant_name, street,"
        + " postal_code, city, priority, contact_deadline, status, open_tenant_key, first_signal_on,"
        + " first_contact_on, outcome, closed_on, outcome_on, children_affected, reclaim_deadline, aid_decision,"
        + " aid_decided_on, opened_by, opened_at) VALUES (?, ?, 'Test Testsson', 'Testgatan 1', '11111',"
        + " 'Teststad', 'NORMAL', CAST(? AS DATE) + 7, 'CLOSED', NULL, CAST(? AS DATE), CAST(? AS DATE), ?,"
        + " CAST(? AS DATE), CAST(? AS DATE), ?, CAST(? AS DATE), ?, CAST(? AS DATE), 'intake', now()) RETURNING id",
        Long.class, "VR-PG-KPI-" + household, "190001010000",
        firstSignal, firstSignal, firstContact, outcome, closedOn, outcomeOn, children, frist,
        aidDecidedOn == null ? null : "REFUSED", aidDecidedOn);
  }

  private void signal(long caseId, String reference, String source, String type, String receivedOn) {
    jdbc.update("INSERT INTO eviction_signal (case_id, source, external_reference, type, received_on, received_at,"
        + " received_by) VALUES (?, ?, ?, ?, CAST(? AS DATE), now(), 'intake')", caseId, source,
        "PG-KPI-" + reference, type, receivedOn);
  }

  private void attempt(long caseId, String on, boolean reached) {
    jdbc.update("INSERT INTO eviction_contact_attempt (case_id, attempt_on, channel, reached, recorded_by,"
        + " recorded_at) VALUES (?, CAST(? AS DATE), 'LETTER', ?, 'bosse', now())", caseId, on, reached);
  }
}
