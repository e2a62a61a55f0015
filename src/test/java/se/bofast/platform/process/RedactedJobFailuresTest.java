package se.bofast.platform.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import se.bofast.support.AppTest;

/**
 * A job that fails on a database error keeps no bound value: not in the job's exception
 * message or stack trace, not in the incident Cockpit shows, not in the log. A failure that is
 * not a database error keeps its message for Cockpit.
 */
@AppTest
@ExtendWith(OutputCaptureExtension.class)
class RedactedJobFailuresTest {

  private static final String PERSONNUMMER = "19121212-1212";

  @Autowired
  ProcessEngine engine;

  @Autowired
  JdbcTemplate jdbc;

  private String startFailing(String key, String expression) {
    BpmnModelInstance model = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
        .startEvent().serviceTask("Task_Fail").camundaAsyncBefore().camundaExpression(expression)
        .endEvent().done();
    engine.getRepositoryService().createDeployment().name(key).addModelInstance(key + ".bpmn", model).deploy();
    return engine.getRuntimeService().startProcessInstanceByKey(key).getId();
  }

  @Test
  void aDatabaseErrorLeavesNoValueInTheJobTheIncidentOrTheLog(CapturedOutput output) {
    jdbc.execute("CREATE TABLE IF NOT EXISTS redaction_probe (k VARCHAR(20) PRIMARY KEY)");
    jdbc.update("MERGE INTO redaction_probe KEY (k) VALUES ('" + PERSONNUMMER + "')");
    String instance = startFailing("redaction-probe-db",
        "${jdbcTemplate.execute(\"INSERT INTO redaction_probe VALUES ('" + PERSONNUMMER + "')\")}");
    Job job = engine.getManagementService().createJobQuery().processInstanceId(instance).singleResult();

    assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId()))
        .as("the database refuses the insert").hasStackTraceContaining(PERSONNUMMER);

    Job failed = engine.getManagementService().createJobQuery().jobId(job.getId()).singleResult();
    assertThat(failed.getRetries()).as("the engine's failure handling ran").isEqualTo(2);
    assertThat(failed.getExceptionMessage()).contains("SQLState 23505").doesNotContain(PERSONNUMMER);
    assertThat(engine.getManagementService().getJobExceptionStacktrace(job.getId()))
        .contains("SQLState 23505").doesNotContain(PERSONNUMMER).doesNotContain("INSERT");

    engine.getManagementService().setJobRetries(job.getId(), 1);
    assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId()));
    Incident incident = engine.getRuntimeService().createIncidentQuery().processInstanceId(instance).singleResult();
    assertThat(incident).as("an incident in Cockpit").isNotNull();
    assertThat(incident.getIncidentMessage()).contains("SQLState 23505").doesNotContain(PERSONNUMMER);

    assertThat(output).contains("Job " + job.getId() + " failed: ").contains("SQLState 23505");
    assertThat(output.getAll()).doesNotContain(PERSONNUMMER);
  }

  @Test
  void aFailureThatIsNoDatabaseErrorKeepsItsMessage() {
    String instance = startFailing("redaction-probe-plain", "${jdbcTemplate.noSuchMethod()}");
    Job job = engine.getManagementService().createJobQuery().processInstanceId(instance).singleResult();

    assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId()));

    Job failed = engine.getManagementService().createJobQuery().jobId(job.getId()).singleResult();
    assertThat(failed.getExceptionMessage()).contains("noSuchMethod");
  }

  @Test
  void theEnginesOwnFailedJobLineIsNotLogged(CapturedOutput output) {
    LoggerFactory.getLogger("org.camunda.bpm.engine.jobexecutor")
        .warn("ENGINE-14006 Exception while executing job {}: ", "job-1", new IllegalStateException(PERSONNUMMER));
    LoggerFactory.getLogger("org.camunda.bpm.engine.jobexecutor").warn("ENGINE-14999 another warning stays");

    assertThat(output.getAll()).doesNotContain(PERSONNUMMER).contains("ENGINE-14999 another warning stays");
  }
}
