package se.bofast.housing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V16 on a database that already holds journeys (migrated to the version before V16): a placement
 * that a relapse ended stays readable with its dates, now as a step that ended (no termination),
 * with the relapse as the event it was; terminations on lawful causes are untouched; each later
 * placement names the one before it; and a relapse can no longer be stored as a termination cause.
 */
class ChainRulesMigrationTest {

  @Test
  void oldRelapseTerminationsBecomeRelapseEventsAndEndedSteps() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:v16-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    MigrationVersion v16 = MigrationVersion.fromVersion("16");
    MigrationVersion before = Arrays.stream(Flyway.configure().dataSource(dataSource)
            .locations("classpath:db/migration").load().info().all())
        .map(MigrationInfo::getVersion).filter(v -> v.compareTo(v16) < 0)
        .max(Comparator.naturalOrder()).orElseThrow();
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(before).load().migrate();
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    jdbc.update("INSERT INTO journey (id, case_number, client_id, status, complex_needs, started_at, started_by)"
        + " VALUES (1, 'VK-2025-00001', 7, 'OPEN', FALSE, CURRENT_TIMESTAMP, 'kim')");
    long trial = placement(jdbc, 1, "FORSOKSLAGENHET", "2025-01-10", "2025-05-20", "TERMINATED", "RELAPSE", null);
    long treatment = placement(jdbc, 2, "BEHANDLING", "2025-05-25", "2025-08-01", "TERMINATED", "DISTURBANCE", 5);
    long lodging = placement(jdbc, 3, "INACKORDERINGSHEM", "2025-08-01", null, null, null, 0);

    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

    Map<String, Object> relapsed = jdbc.queryForMap("SELECT end_date, end_reason, termination_cause, step_end_cause"
        + " FROM placement WHERE id = ?", trial);
    assertThat(relapsed.get("END_DATE").toString()).isEqualTo("2025-05-20");
    assertThat(relapsed.get("END_REASON")).isEqualTo("STEP_ENDED");
    assertThat(relapsed.get("TERMINATION_CAUSE")).as("a relapse is no termination").isNull();
    assertThat(relapsed.get("STEP_END_CAUSE")).isEqualTo("RELAPSE_BEFORE_V16");
    assertThat(jdbc.queryForList("SELECT placement_id || ':' || relapse_date || ':' || support FROM relapse",
        String.class)).containsExactly(trial + ":2025-05-20:PLACEMENT_ENDED_BEFORE_V16");
    assertThat(jdbc.queryForObject("SELECT termination_cause FROM placement WHERE id = ?", String.class, treatment))
        .isEqualTo("DISTURBANCE");
    assertThat(jdbc.queryForObject("SELECT previous_placement_id FROM placement WHERE id = ?", Long.class, treatment))
        .isEqualTo(trial);
    assertThat(jdbc.queryForObject("SELECT previous_placement_id FROM placement WHERE id = ?", Long.class, lodging))
        .isEqualTo(treatment);
    assertThat(jdbc.queryForObject("SELECT previous_placement_id FROM placement WHERE id = ?", Long.class, trial))
        .isNull();
    // every stored value is one the enums still read
    jdbc.queryForList("SELECT end_reason FROM placement WHERE end_reason IS NOT NULL", String.class)
        .forEach(EndReason::valueOf);
    jdbc.queryForList("SELECT step_end_cause FROM placement WHERE step_end_cause IS NOT NULL", String.class)
        .forEach(StepEndCause::valueOf);
    jdbc.queryForList("SELECT support FROM relapse", String.class).forEach(RelapseSupport::valueOf);
    assertThatThrownBy(() -> jdbc.update("UPDATE placement SET termination_cause = 'RELAPSE' WHERE id = ?", treatment))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  private static long placement(JdbcTemplate jdbc, long id, String step, String start, String end, String endReason,
      String cause, Integer gap) {
    jdbc.update("INSERT INTO placement (id, journey_id, client_id, step, start_date, end_date, day_cost_sek, end_reason,"
        + " termination_cause, gap_days_before, open_client_id, created_by, created_at)"
        + " VALUES (?, 1, 7, ?, CAST(? AS DATE), CAST(? AS DATE), 1030, ?, ?, ?, ?, 'sara', CURRENT_TIMESTAMP)",
        id, step, start, end, endReason, cause, gap, end == null ? 7L : null);
    return id;
  }
}
