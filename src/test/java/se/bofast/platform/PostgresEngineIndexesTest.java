package se.bofast.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import se.bofast.support.PostgresAppTest;

/**
 * db/engine/*.sql on PostgreSQL: the due-date index exists after start, running the scripts
 * again is harmless, and the job acquisition's condition can be answered from it.
 */
@PostgresAppTest
class PostgresEngineIndexesTest {

  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  ProcessEngine processEngine;
  @Autowired
  TransactionTemplate transactions;

  @Test
  void theJobAcquisitionIndexOnTheDueDateExists() {
    assertThat(jdbc.queryForList("SELECT indexdef FROM pg_indexes WHERE tablename = 'act_ru_job'"
        + " AND indexname = 'bofast_idx_job_duedate'", String.class))
        .singleElement().asString().contains("(duedate_)");
    assertThat(jdbc.queryForList("SELECT indexdef FROM pg_indexes WHERE tablename = 'act_ru_job'"
        + " AND indexname = 'bofast_idx_job_lock_exp'", String.class))
        .singleElement().asString().contains("(lock_exp_time_)");
  }

  @Test
  void runningTheScriptsAgainChangesNothing() {
    long indexes = jdbc.queryForObject("SELECT count(*) FROM pg_indexes WHERE tablename = 'act_ru_job'", Long.class);
    new EngineIndexes().postProcessEngineBuild(processEngine);
    assertThat(jdbc.queryForObject("SELECT count(*) FROM pg_indexes WHERE tablename = 'act_ru_job'", Long.class))
        .isEqualTo(indexes);
  }

  /**
   * The acquisition query's due condition (Job.xml, selectNextJobsToExecute) with sequential
   * scans priced out: PostgreSQL reaches the rows through the index. Without the index the
   * plan is a sequential scan whatever the settings.
   */
  @Test
  void theAcquisitionConditionIsAnsweredFromTheIndex() {
    List<String> plan = transactions.execute(status -> {
      jdbc.execute("SET LOCAL enable_seqscan = off");
      return jdbc.queryForList("EXPLAIN SELECT RES.ID_ FROM ACT_RU_JOB RES WHERE RES.RETRIES_ > 0"
          + " AND (RES.DUEDATE_ IS NULL OR RES.DUEDATE_ <= now())"
          + " AND (RES.LOCK_OWNER_ IS NULL OR RES.LOCK_EXP_TIME_ < now()) AND RES.SUSPENSION_STATE_ = 1"
          + " LIMIT 8", String.class);
    });
    assertThat(String.join("\n", plan)).contains("bofast_idx_job_duedate").doesNotContain("Seq Scan");
  }
}
