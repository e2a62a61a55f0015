package se.bofast.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestExecutionListeners;
import se.bofast.platform.web.InvalidInputException;
import se.bofast.reporting.KpiFigures.Period;
import se.bofast.reporting.ReportSnapshots.Snapshot;
import se.bofast.support.AppTest;
import se.bofast.support.ProcessCoverage;
import se.bofast.support.Staff;

/**
 * steering-report: the timers fire with a moved clock, the figures are stored once as a
 * snapshot, and eva (enhetschef) reviews and approves them in her task list.
 */
@AppTest
@Import({ProcessEngineCoverageConfiguration.class, SteeringReportProcessTest.Coverage.class})
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class SteeringReportProcessTest {

  @TestConfiguration
  static class Coverage {
    @Bean
    @Primary
    ProcessEngineCoverageProperties processEngineCoverageProperties() {
      return ProcessCoverage.atLeastRequired();
    }
  }

  static final String ENHETSCHEF = "enhetschef";

  @Autowired ProcessEngine engine;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired KpiService kpis;
  @Autowired ReportSnapshots snapshots;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;

  Staff staff;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    staff = new Staff(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void eachMonthTheFiguresOfThePreviousMonthAreStoredAndApproved() throws Exception {
    ProcessInstance pi = fire(LocalDateTime.of(2027, 4, 1, 6, 0));
    assertThat(pi).isWaitingAt("Task_ComputeMonthly");
    staff.runDueJobs(pi);
    assertThat(pi).isWaitingAt(ReportingConstants.TASK_REVIEW).hasPassed("Gateway_Computed")
        .hasNotPassed("Task_ComputeTertial");

    Map<String, Object> vars = runtime.getVariables(pi.getId());
    LocalDate from = LocalDate.of(2027, 3, 1);
    LocalDate to = LocalDate.of(2027, 3, 31);
    assertThat(vars).containsEntry("reportKind", "MONTHLY").containsEntry("tertialDue", false)
        .containsEntry("periodFrom", "2027-03-01").containsEntry("periodTo", "2027-03-31")
        .containsEntry("reportTitle", "Månadsrapport 2027-03").doesNotContainKey("tertialSnapshotId");
    assertThat((String) vars.get("reportSummary"))
        .startsWith("MÅNADSRAPPORT\nPeriod: 2027-03-01 – 2027-03-31\nHärbärgesnätter: ");
    long snapshotId = ((Number) vars.get("snapshotId")).longValue();
    Snapshot snapshot = snapshots.get(snapshotId);
    assertThat(snapshot.kind()).isEqualTo("MONTHLY");
    assertThat(snapshot.from()).isEqualTo(from);
    assertThat(snapshot.to()).isEqualTo(to);
    assertThat(snapshot.processInstanceId()).isEqualTo(pi.getId());
    assertThat(json.readTree(snapshot.figuresJson())).as("the figures of the period, as the API answers them")
        .isEqualTo(json.readTree(json.writeValueAsString(kpis.figures(from, to))));

    Task task = staff.task(pi.getId(), ReportingConstants.TASK_REVIEW, ENHETSCHEF);
    assertThat(task.getName()).isEqualTo("Granska och godkänn månadsrapporten");
    assertThat(Staff.localDate(task.getDueDate())).as("review-due P14D").isEqualTo(LocalDate.of(2027, 4, 15));
    assertThat(staff.as("case-manager", () -> tasks.createTaskQuery().processInstanceId(pi.getId()).count()))
        .as("only the enhetschef sees the report").isZero();
    assertThatThrownBy(() -> staff.complete(task, ENHETSCHEF, Map.of("approved", false)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("godkänner rapporten");
    assertThatThrownBy(() -> staff.complete(task, ENHETSCHEF, Map.of("approved", true,
        "approvalComment", "x".repeat(2001)))).isInstanceOf(InvalidInputException.class);
    assertThat(snapshots.approval(snapshotId)).isEmpty();

    staff.complete(task, ENHETSCHEF, Map.of("approved", true,
        "approvalComment", "Härbärgesnätterna minskar. Följ upp glappen i kedjan."));
    assertThat(pi).isEnded().hasPassed("EndEvent_Approved");
    ReportSnapshots.Approval approval = snapshots.approval(snapshotId).orElseThrow();
    assertThat(approval.approvedBy()).isEqualTo("eva");
    assertThat(approval.comment()).isEqualTo("Härbärgesnätterna minskar. Följ upp glappen i kedjan.");
    assertThat(snapshots.get(snapshotId)).as("approving leaves the snapshot as computed").isEqualTo(snapshot);
    assertThatThrownBy(() -> snapshots.approve(snapshotId, "eva", null)).isInstanceOf(InvalidInputException.class);

    // the same period again (a timer fired twice): the stored snapshot is answered, not replaced
    assertThat(snapshots.store("MONTHLY", new Period(from, to), kpis.figures(LocalDate.of(2020, 1, 1),
        LocalDate.of(2020, 1, 31)), null)).isEqualTo(snapshot);
    assertThat(nextDue()).as("the next month's timer").isEqualTo(local(LocalDateTime.of(2027, 5, 1, 6, 0)));
  }

  @Test
  void inATertialsFirstMonthTheTertialReportIsMadeAndApprovedToo() {
    ProcessInstance pi = fire(LocalDateTime.of(2027, 5, 1, 6, 0));
    staff.runDueJobs(pi);
    assertThat(pi).hasPassed("Task_ComputeMonthly", "Task_ComputeTertial").isWaitingAt(ReportingConstants.TASK_REVIEW);
    Map<String, Object> vars = runtime.getVariables(pi.getId());
    assertThat(vars).containsEntry("tertialDue", true)
        .containsEntry("periodFrom", "2027-04-01").containsEntry("periodTo", "2027-04-30")
        .containsEntry("reportTitle", "Månadsrapport 2027-04 och tertialrapport 2027-01 – 2027-04");
    assertThat((String) vars.get("reportSummary")).contains("\n\nTERTIALRAPPORT\nPeriod: 2027-01-01 – 2027-04-30\n");
    long monthly = ((Number) vars.get("snapshotId")).longValue();
    long tertial = ((Number) vars.get("tertialSnapshotId")).longValue();
    Snapshot t = snapshots.get(tertial);
    assertThat(t.kind()).isEqualTo("TERTIAL");
    assertThat(t.from()).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(t.to()).isEqualTo(LocalDate.of(2027, 4, 30));

    staff.complete(pi.getId(), ReportingConstants.TASK_REVIEW, ENHETSCHEF, Map.of("approved", true));
    assertThat(pi).isEnded();
    assertThat(snapshots.approval(monthly).orElseThrow().comment()).isNull();
    assertThat(snapshots.approval(tertial).orElseThrow().approvedBy()).isEqualTo("eva");
    assertThat(nextDue()).isEqualTo(local(LocalDateTime.of(2027, 6, 1, 6, 0)));
  }

  @Test
  void periods() {
    assertThat(SteeringReport.periodBefore(LocalDate.of(2027, 1, 1), "MONTHLY"))
        .isEqualTo(new Period(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)));
    assertThat(SteeringReport.periodBefore(LocalDate.of(2027, 3, 1), "MONTHLY"))
        .isEqualTo(new Period(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 28)));
    assertThat(SteeringReport.periodBefore(LocalDate.of(2027, 5, 1), "TERTIAL"))
        .isEqualTo(new Period(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 4, 30)));
    assertThat(SteeringReport.periodBefore(LocalDate.of(2027, 1, 1), "TERTIAL"))
        .isEqualTo(new Period(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 31)));
  }

  /** The monthly timer set to fall due at the time (cron in the server's time zone), the clock a minute past, fired. */
  private ProcessInstance fire(LocalDateTime due) {
    Job timer = timerJob();
    management.setJobDuedate(timer.getId(), local(due));
    Set<String> before = instances();
    ClockUtil.setCurrentTime(local(due.plusMinutes(1)));
    management.executeJob(timer.getId());
    List<String> started = instances().stream().filter(id -> !before.contains(id)).toList();
    assertThat(started).hasSize(1);
    return runtime.createProcessInstanceQuery().processInstanceId(started.get(0)).singleResult();
  }

  private static Date local(LocalDateTime time) {
    return Date.from(time.atZone(ZoneId.systemDefault()).toInstant());
  }

  private Date nextDue() {
    return timerJob().getDuedate();
  }

  private Job timerJob() {
    JobDefinition definition = management.createJobDefinitionQuery()
        .processDefinitionKey(ReportingConstants.PROCESS_KEY).activityIdIn("StartEvent_Monthly").singleResult();
    return management.createJobQuery().jobDefinitionId(definition.getId()).singleResult();
  }

  private Set<String> instances() {
    return runtime.createProcessInstanceQuery().processDefinitionKey(ReportingConstants.PROCESS_KEY).list().stream()
        .map(ProcessInstance::getId).collect(Collectors.toSet());
  }
}
