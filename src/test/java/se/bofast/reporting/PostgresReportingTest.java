package se.bofast.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
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
}
