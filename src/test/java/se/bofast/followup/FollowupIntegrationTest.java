package se.bofast.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static se.bofast.support.Staff.at;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.bofast.support.AppTest;
import se.bofast.support.Staff;
import se.bofast.support.TestHttp;
import se.bofast.support.TestPersonnummer;

/**
 * client-journey and the follow-up module end to end, through housing's events only: the
 * assessment in the journey makes ASI Uppföljning due six months later, a review of the
 * placement makes DUR due, and a client with samsjuklighet is flagged for a SIP. Plus the REST view.
 */
@AppTest
class FollowupIntegrationTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired FollowupService followups;
  @LocalServerPort int port;

  Staff staff;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    staff = new Staff(engine);
    at(2026, 1, 5);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void anAssessmentInTheJourneyMakesAsiUppfoljningDueSixMonthsLaterAndAReviewMakesDurDue() {
    String journey = staff.start("client-journey", "socialsekreterare", Map.of("clientType", "NEW_IDENTIFIED",
        "personalNumber", TestPersonnummer.next(), "firstName", "Nils", "lastName", "Ek", "needs", "BOTH",
        "situation", "OTHER")).getId();
    long clientId = ((Number) runtimeService.getVariable(journey, "clientId")).longValue();

    // samsjuklighet without a SIP: flagged, and the case manager gets the consent task
    assertThat(followups.clientsNeedingSip()).contains(clientId);
    ProcessInstance sip = only("care-plan", clientId);
    staff.runDueJobs(sip.getId());
    assertThat(sip).isWaitingAt("Task_Consent");
    assertThat(staff.task(sip.getId(), "Task_Consent", "case-manager")).isNotNull();

    staff.complete(journey, "Task_Assessment", "case-manager", Map.of("asiDone", true, "durDone", true,
        "assessmentDate", "2026-01-05", "complexNeeds", true));
    assertThat(followups.overview(clientId).assessments()).extracting(FollowupService.AssessmentView::kind,
            FollowupService.AssessmentView::caseNumber)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(AssessmentKind.ASI_GRUND,
                runtimeService.getVariable(journey, "caseNumber")),
            org.assertj.core.groups.Tuple.tuple(AssessmentKind.DUR, runtimeService.getVariable(journey, "caseNumber")));
    ProcessInstance asi = only("assessment-followup", clientId);
    staff.runDueJobs(asi.getId());
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(asi.getId()).timers().singleResult();
    assertThat(Staff.localDate(timer.getDuedate())).isEqualTo(LocalDate.of(2026, 7, 5));
    staff.moveClockTo(LocalDateTime.of(2026, 7, 5, 9, 0), asi.getId());
    Task task = staff.task(asi.getId(), "Task_Followup", "case-manager");
    assertThat(task).as("ASI Uppföljning in the case manager's list").isNotNull();
    assertThat(Staff.localDate(task.getDueDate())).isEqualTo(LocalDate.of(2026, 7, 19));

    // the decision and its review (case manager: complex needs) make DUR due at the review
    at(2026, 1, 6);
    staff.complete(journey, "Task_DecideInsats", "socialsekreterare", Map.of("decidedStep", "STODBOENDE",
        "place", "Stödboendet Gläntan", "startDate", "2026-01-06"));
    staff.runDueJobs(journey);
    staff.moveClockTo(LocalDateTime.of(2026, 4, 6, 9, 0), journey);
    staff.complete(journey, "Task_Review", "case-manager", Map.of("visitsPerWeek", 2, "reviewOutcome", "STAY"));
    assertThat(followups.overview(clientId).followups()).extracting(FollowupService.FollowupView::kind,
            FollowupService.FollowupView::dueDate)
        .contains(org.assertj.core.groups.Tuple.tuple(AssessmentKind.DUR, LocalDate.of(2026, 4, 6)));
    ProcessInstance dur = runtimeService.createProcessInstanceQuery().processDefinitionKey("assessment-followup")
        .variableValueEquals("clientId", clientId).variableValueEquals("followupKind", "DUR").singleResult();
    staff.runDueJobs(dur.getId());
    assertThat(dur).isWaitingAt("Task_Followup");

    // the REST view
    TestHttp http = new TestHttp(port);
    TestHttp.Response ok = http.get("/api/clients/" + clientId + "/followups", "eva", "demo");
    assertThat(ok.status()).isEqualTo(200);
    assertThat(ok.json().path("assessments")).hasSize(2);
    assertThat(ok.json().path("sip").path("status").asText()).isEqualTo("AWAITING_CONSENT");
    assertThat(ok.json().path("needsSip").asBoolean()).isTrue();
    assertThat(http.get("/api/clients/" + clientId + "/followups", "kim", "demo").status()).isEqualTo(200);
    assertThat(http.get("/api/clients/" + clientId + "/followups", "sara", "demo").status()).isEqualTo(200);
    assertThat(http.get("/api/clients/" + clientId + "/followups", "lotta", "demo").status()).isEqualTo(403);
    TestHttp.Response missing = http.get("/api/clients/999999999/followups", "kim", "demo");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.contentType()).startsWith("application/problem+json");
  }

  @Test
  void aClientWithoutSamsjuklighetIsNotFlagged() {
    String journey = staff.start("client-journey", "socialsekreterare", Map.of("clientType", "NEW_IDENTIFIED",
        "personalNumber", TestPersonnummer.next(), "firstName", "Eva", "lastName", "Ros", "needs", "ADDICTION",
        "situation", "OTHER")).getId();
    long clientId = ((Number) runtimeService.getVariable(journey, "clientId")).longValue();
    assertThat(followups.clientsNeedingSip()).doesNotContain(clientId);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("care-plan")
        .variableValueEquals("clientId", clientId).count()).isZero();
  }

  private ProcessInstance only(String key, long clientId) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(key)
        .variableValueEquals("clientId", clientId).singleResult();
  }
}
