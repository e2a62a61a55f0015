package se.bofast.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static se.bofast.support.Staff.at;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestExecutionListeners;
import se.bofast.client.ClientService;
import se.bofast.client.Needs;
import se.bofast.followup.FollowupService.FollowupView;
import se.bofast.platform.web.InvalidInputException;
import se.bofast.support.AppTest;
import se.bofast.support.Staff;

/** Every path of assessment-followup: the timer gives the case manager the task, or it was done elsewhere. */
@AppTest
@Import({ProcessEngineCoverageConfiguration.class, FollowupCoverage.class})
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class AssessmentFollowupProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired ClientService clients;
  @Autowired FollowupService followups;

  Staff staff;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    staff = new Staff(engine);
    at(2026, 2, 2);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void asiUppfoljningFallsDueSixMonthsAfterAsiGrundAndTheCaseManagerRecordsIt() {
    long clientId = clients.registerUnidentified("Skepparen", Needs.ADDICTION, "kim").id();
    followups.recordAssessment(clientId, AssessmentKind.ASI_GRUND, LocalDate.of(2026, 2, 1), "kim", "Grund gjord",
        null);
    ProcessInstance pi = followupProcess(clientId);
    assertThat(pi).isNotWaitingAt("Timer_FollowupDue"); // starts asynchronously
    staff.runDueJobs(pi.getId());
    assertThat(pi).isWaitingAt("Timer_FollowupDue");
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
    assertThat(Staff.localDate(timer.getDuedate())).isEqualTo(LocalDate.of(2026, 8, 1));

    staff.moveClockTo(LocalDateTime.of(2026, 7, 31, 9, 0), pi.getId());
    assertThat(pi).isWaitingAt("Timer_FollowupDue");
    staff.moveClockTo(LocalDateTime.of(2026, 8, 1, 9, 0), pi.getId());
    assertThat(pi).isWaitingAt("Task_Followup");
    Task task = staff.task(pi.getId(), "Task_Followup", "case-manager");
    assertThat(Staff.localDate(task.getDueDate())).isEqualTo(LocalDate.of(2026, 8, 15));
    assertThat(runtimeService.getVariable(pi.getId(), "followupLabel")).asString().startsWith("ASI Uppföljning");

    assertThatThrownBy(() -> staff.complete(pi.getId(), "Task_Followup", "case-manager",
        Map.of("followupOutcome", "DONE", "assessmentDate", "2026-08-01")))
        .isInstanceOf(InvalidInputException.class).hasMessage("Ange ett kort resultat av bedömningen.");
    assertThatThrownBy(() -> staff.complete(pi.getId(), "Task_Followup", "case-manager",
        Map.of("followupOutcome", "DONE", "assessmentDate", "2026-08-01", "assessmentResult", "x".repeat(501))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("högst 500 tecken");
    assertThatThrownBy(() -> staff.complete(pi.getId(), "Task_Followup", "case-manager",
        Map.of("followupOutcome", "DONE", "assessmentDate", "2026-08-09", "assessmentResult", "Bättre")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("framtiden");
    assertThat(followups.overview(clientId).assessments()).hasSize(1);

    staff.complete(pi.getId(), "Task_Followup", "case-manager",
        Map.of("followupOutcome", "DONE", "assessmentDate", "2026-08-01", "assessmentResult", "Drogfri sedan maj"));
    assertThat(pi).isEnded().hasPassed("EndEvent_FollowupDone", "EndEvent_Done");
    var overview = followups.overview(clientId);
    assertThat(overview.assessments()).extracting(FollowupService.AssessmentView::kind)
        .containsExactly(AssessmentKind.ASI_GRUND, AssessmentKind.ASI_UPPFOLJNING);
    assertThat(overview.assessments().get(1).doneBy()).isEqualTo("kim");
    assertThat(overview.followups()).extracting(FollowupView::status).containsExactly("DONE");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName("assessmentResult").count()).isZero();
  }

  @Test
  void aFollowupRecordedElsewhereEndsTheWaitingProcess() {
    long clientId = clients.registerUnidentified("Fiskaren", Needs.ADDICTION, "kim").id();
    followups.recordAssessment(clientId, AssessmentKind.ASI_GRUND, LocalDate.of(2026, 2, 1), "kim", null, null);
    ProcessInstance pi = followupProcess(clientId);
    staff.runDueJobs(pi.getId());
    assertThat(pi).isWaitingAt("Timer_FollowupDue");
    followups.recordAssessment(clientId, AssessmentKind.ASI_UPPFOLJNING, LocalDate.of(2026, 2, 2), "sara",
        "Uppföljning i annat ärende", "VK-2026-00001");
    assertThat(pi).isEnded().hasPassed("EndEvent_RecordedElsewhere");
    assertThat(followups.overview(clientId).followups()).extracting(FollowupView::status).containsExactly("DONE");
  }

  @Test
  void aFollowupThatCannotBeDoneIsClosedWithANote() {
    long clientId = clients.registerUnidentified("Flickan i röd jacka", Needs.ADDICTION, "kim").id();
    followups.recordAssessment(clientId, AssessmentKind.ASI_GRUND, LocalDate.of(2026, 2, 2), "kim", null, null);
    // a second cause while one is pending keeps the earlier date: no duplicate follow-up
    followups.placementEnded(clientId, null, LocalDate.of(2026, 2, 2));
    assertThat(followups.overview(clientId).followups()).hasSize(1);
    ProcessInstance pi = followupProcess(clientId);
    staff.runDueJobs(pi.getId());
    staff.moveClockTo(LocalDateTime.of(2026, 8, 2, 9, 0), pi.getId());
    assertThatThrownBy(() -> staff.complete(pi.getId(), "Task_Followup", "case-manager",
        Map.of("followupOutcome", "NOT_DONE")))
        .isInstanceOf(InvalidInputException.class).hasMessage("Ange varför uppföljningen inte kunde göras.");
    staff.complete(pi.getId(), "Task_Followup", "case-manager",
        Map.of("followupOutcome", "NOT_DONE", "followupNote", "Har flyttat till Göteborg"));
    assertThat(pi).isEnded().hasPassed("EndEvent_Done");
    assertThat(followups.overview(clientId).followups()).extracting(FollowupView::status)
        .containsExactly("NOT_DONE");
    assertThat(followups.overview(clientId).assessments()).hasSize(1);
  }

  @Test
  void aFollowupRecordedBeforeItsProcessBeganRemovesTheProcess() {
    long clientId = clients.registerUnidentified("Kocken", Needs.ADDICTION, "kim").id();
    followups.recordAssessment(clientId, AssessmentKind.ASI_GRUND, LocalDate.of(2026, 2, 1), "kim", null, null);
    ProcessInstance pi = followupProcess(clientId);
    followups.recordAssessment(clientId, AssessmentKind.ASI_UPPFOLJNING, LocalDate.of(2026, 2, 2), "kim", null, null);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  private ProcessInstance followupProcess(long clientId) {
    return runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(FollowupConstants.PROCESS_ASSESSMENT_FOLLOWUP)
        .variableValueEquals("clientId", clientId).singleResult();
  }
}
