package se.bofast.eviction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V11 on a database that already holds cases (migrated to the version before V11): a case with a disturbance signal among its
 * signals needs a landlord meeting (what eviction-case-requirements.dmn says), every other case
 * does not, and new rows default to no meeting.
 */
class LandlordMeetingMigrationTest {

  @Test
  void casesWithADisturbanceSignalNeedALandlordMeeting() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:v11-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    MigrationVersion v11 = MigrationVersion.fromVersion("11");
    MigrationVersion before = Arrays.stream(Flyway.configure().dataSource(dataSource)
            .locations("classpath:db/migration").load().info().all())
        .map(MigrationInfo::getVersion).filter(v -> v.compareTo(v11) < 0)
        .max(Comparator.naturalOrder()).orElseThrow();
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(before).load().migrate();
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    long disturbance = insertCase(jdbc, "VR-2026-90001", "DISTURBANCE", "EARLY_WARNING");
    long arrears = insertCase(jdbc, "VR-2026-90002", "RENT_ARREARS", "EVICTION_DATE_SET");
    long warning = insertCase(jdbc, "VR-2026-90003", "EARLY_WARNING");

    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

    assertThat(meeting(jdbc, disturbance)).isTrue();
    assertThat(meeting(jdbc, arrears)).isFalse();
    assertThat(meeting(jdbc, warning)).isFalse();
    long later = insertCase(jdbc, "VR-2026-90004");
    assertThat(meeting(jdbc, later)).as("default for new rows").isFalse();
  }

  private static long insertCase(JdbcTemplate jdbc, String caseNumber, String... signalTypes) {
    String pnr = "1980010" + caseNumber.substring(caseNumber.length() - 5);
    jdbc.update("INSERT INTO eviction_case (case_number, tenant_personal_number, tenant_name, street, postal_code, city,"
        + " priority, contact_deadline, status, open_tenant_key, first_signal_on, opened_by, opened_at)"
        + " VALUES (?, ?, 'Test T', 'Gatan 1', '11122', 'Stockholm', 'NORMAL', DATE '2026-03-16', 'OPEN', ?,"
        + " DATE '2026-03-02', 'intake', CURRENT_TIMESTAMP)", caseNumber, pnr, pnr);
    long id = jdbc.queryForObject("SELECT id FROM eviction_case WHERE case_number = ?", Long.class, caseNumber);
    for (String type : signalTypes) {
      jdbc.update("INSERT INTO eviction_signal (case_id, source, external_reference, type, received_on, received_at,"
          + " received_by) VALUES (?, 'LANDLORD', ?, ?, DATE '2026-03-02', CURRENT_TIMESTAMP, 'intake')",
          id, caseNumber + "-" + type, type);
    }
    return id;
  }

  private static boolean meeting(JdbcTemplate jdbc, long caseId) {
    List<Boolean> values = jdbc.queryForList("SELECT landlord_meeting_needed FROM eviction_case WHERE id = ?",
        Boolean.class, caseId);
    return values.get(0);
  }
}
