package se.bofast.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.bofast.support.AppTest;

/** db/engine/*.sql ran once the engine had its schema (H2), and running them again is harmless. */
@AppTest
class EngineIndexesTest {

  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  ProcessEngine processEngine;

  @Test
  void theScriptsAreFoundInFileNameOrder() {
    assertThat(EngineIndexes.scripts()).extracting(resource -> resource.getFilename())
        .contains("jobs.sql").isSorted();
  }

  @Test
  void theJobAcquisitionIndexOnTheDueDateExists() {
    assertThat(dueDateIndexColumns()).containsExactly("DUEDATE_");
  }

  @Test
  void theIndexOnTheLockExpiryForExclusiveJobsExists() {
    assertThat(jdbc.queryForList("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.INDEX_COLUMNS"
        + " WHERE TABLE_NAME = 'ACT_RU_JOB' AND INDEX_NAME = 'BOFAST_IDX_JOB_LOCK_EXP'", String.class))
        .containsExactly("LOCK_EXP_TIME_");
  }

  @Test
  void runningTheScriptsAgainChangesNothing() {
    long indexes = jobIndexCount();
    new EngineIndexes().postProcessEngineBuild(processEngine);
    new EngineIndexes().postProcessEngineBuild(processEngine);
    assertThat(jobIndexCount()).isEqualTo(indexes);
    assertThat(dueDateIndexColumns()).containsExactly("DUEDATE_");
  }

  private java.util.List<String> dueDateIndexColumns() {
    return jdbc.queryForList("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.INDEX_COLUMNS"
        + " WHERE TABLE_NAME = 'ACT_RU_JOB' AND INDEX_NAME = 'BOFAST_IDX_JOB_DUEDATE'", String.class);
  }

  private long jobIndexCount() {
    return jdbc.queryForObject("SELECT count(*) FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_NAME = 'ACT_RU_JOB'",
        Long.class);
  }
}
