package se.bofast.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import se.bofast.support.PostgresAppTest;
import se.bofast.support.Staff;

/**
 * Gallring on PostgreSQL 17: the journal's guard still refuses every ordinary DELETE — without the
 * retention setting, with the setting naming a run nobody approved, and with an approved run for
 * an entry of a client that run did not approve — and lets the approved run's removal through
 * (the client's own entries and its eviction case's journal); the setting is gone after the run.
 */
@PostgresAppTest
class PostgresRecordsRetentionTest {

  @Autowired ProcessEngine engine;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transactions;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void onlyTheApprovedRunRemovesJournalEntriesAndOrdinaryDeletesStillFail() {
    RetentionDataSet data = new RetentionDataSet(jdbc, engine);
    Staff staff = new Staff(engine);
    LocalDate old = LocalDate.of(2003, 2, 1);
    String pnr = data.personnummer(3, 7);
    long due = data.identified(pnr, false, old);
    long entry = data.journal(due, null, LocalDate.of(2005, 6, 10), null);
    data.journal(due, null, LocalDate.of(2005, 6, 11), entry);
    String eviction = data.evictionCase(pnr, LocalDate.of(2004, 9, 1), LocalDate.of(2004, 11, 1));
    long recent = data.identified(data.personnummer(6, 8), false, old);
    long recentEntry = data.journal(recent, null, LocalDate.of(2008, 2, 1), null);

    assertThat(refusal(() -> jdbc.update("DELETE FROM client_journal_entry WHERE id = ?", entry)))
        .contains("client_journal_entry " + entry + " may not be deleted");

    Job timer = management.createJobQuery().jobDefinitionId(management.createJobDefinitionQuery()
        .processDefinitionKey(RetentionConstants.PROCESS_KEY).activityIdIn("StartEvent_Yearly").singleResult().getId())
        .singleResult();
    LocalDateTime run = LocalDateTime.of(2012, 1, 15, 6, 0);
    management.setJobDuedate(timer.getId(), Staff.date(run));
    ClockUtil.setCurrentTime(Staff.date(run.plusMinutes(1)));
    management.executeJob(timer.getId());
    String pi = runtime.createProcessInstanceQuery().processDefinitionKey(RetentionConstants.PROCESS_KEY)
        .singleResult().getId();
    staff.runDueJobs(pi);
    long runId = ((Number) runtime.getVariable(pi, RetentionConstants.VAR_RUN_ID)).longValue();
    assertThat(jdbc.queryForList("SELECT client_id FROM retention_candidate WHERE run_id = ?", Long.class, runId))
        .containsExactly(due);

    assertThat(refusal(() -> deleteWithSetting(runId, entry))).as("a run nobody approved")
        .contains("may not be deleted");
    staff.complete(pi, RetentionConstants.TASK_APPROVE, "enhetschef", Map.of("approved", true));
    assertThat(refusal(() -> deleteWithSetting(runId, recentEntry))).as("a client the run did not approve")
        .contains("client_journal_entry " + recentEntry + " may not be deleted");
    assertThat(refusal(() -> jdbc.update("DELETE FROM client_journal_entry WHERE id = ?", entry)))
        .as("without the setting").contains("may not be deleted");
    assertThat(refusal(() -> jdbc.update("UPDATE client_journal_entry SET entry_text = 'x' WHERE id = ?", entry)))
        .as("an update, whatever the run").contains("is signed and may not change");

    staff.runDueJobs(pi);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).count()).isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM client_journal_entry WHERE client_id = ? OR case_number = ?",
        Integer.class, due, eviction)).isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM client WHERE id = ?", Integer.class, due)).isZero();
    assertThat(jdbc.queryForObject("SELECT removed_count FROM retention_removal r JOIN retention_candidate c"
        + " ON c.id = r.candidate_id WHERE c.client_id = ? AND r.kind = 'journalanteckningar'", Integer.class, due))
        .isEqualTo(3);
    assertThat(jdbc.queryForObject("SELECT current_setting('bofast.retention_run', true)", String.class))
        .as("the setting ended with the run's transaction").isNullOrEmpty();
    assertThat(refusal(() -> jdbc.update("DELETE FROM client_journal_entry WHERE id = ?", recentEntry)))
        .contains("may not be deleted");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.triggers"
        + " WHERE event_object_table = 'client_journal_entry'", Integer.class)).as("UPDATE and DELETE").isEqualTo(2);
    List<String> versions = jdbc.queryForList("SELECT version FROM flyway_schema_history WHERE version IN ('21', '21.1')"
        + " AND success", String.class);
    assertThat(versions).containsExactlyInAnyOrder("21", "21.1");
  }

  private void deleteWithSetting(long runId, long entryId) {
    transactions.executeWithoutResult(status -> {
      jdbc.queryForObject("SELECT set_config('bofast.retention_run', ?, true)", String.class, Long.toString(runId));
      jdbc.update("DELETE FROM client_journal_entry WHERE id = ?", entryId);
    });
  }

  /** The database's refusal (SQLState 42501): its message. */
  private static String refusal(ThrowingCallable statement) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(statement);
    assertThat(thrown).isInstanceOf(DataAccessException.class);
    Throwable cause = NestedExceptionUtils.getMostSpecificCause(thrown);
    assertThat(cause).isInstanceOf(SQLException.class);
    assertThat(((SQLException) cause).getSQLState()).isEqualTo("42501");
    return cause.getMessage();
  }
}
