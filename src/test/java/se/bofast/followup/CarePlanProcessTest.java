package se.bofast.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static se.bofast.support.Staff.at;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestExecutionListeners;
import se.bofast.client.ClientService;
import se.bofast.client.Needs;
import se.bofast.followup.FollowupService.SipView;
import se.bofast.platform.web.InvalidInputException;
import se.bofast.support.AppTest;
import se.bofast.support.Staff;
import se.bofast.support.TestPersonnummer;

/** Every path of care-plan, each task completed by a member of its candidate group. */
@AppTest
@Import({ProcessEngineCoverageConfiguration.class, FollowupCoverage.class})
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class CarePlanProcessTest {

  static final String KEY = FollowupConstants.PROCESS_CARE_PLAN;

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired ClientService clients;
  @Autowired FollowupService followups;
  @Autowired JdbcTemplate jdbc;

  Staff staff;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    staff = new Staff(engine);
    at(2026, 3, 2);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aPlanFromConsentThroughReviewsToItsEndFlagsTheClientForANewOne() {
    String pnr = TestPersonnummer.next();
    long clientId = clients.registerIdentified(pnr, "Maja", "Ek", 0, Needs.BOTH, "kim").id();
    String pid = staff.start(KEY, "case-manager", Map.of("personalNumber", pnr)).getId();
    ProcessInstance pi = instance(pid);
    assertThat(pi).isWaitingAt("Task_Consent");
    assertThat(runtimeService.getVariables(pid)).doesNotContainKey("personalNumber")
        .containsEntry("clientDisplayName", "Maja E.").containsEntry("clientId", clientId);
    String number = (String) runtimeService.getVariable(pid, "caseNumber");
    assertThat(number).matches("SIP-\\d{5}");
    assertThat(pi.getBusinessKey()).isEqualTo(number);
    assertThat(followups.clientsNeedingSip()).contains(clientId);

    staff.complete(pid, "Task_Consent", "case-manager", Map.of("consent", "YES", "consentDate", "2026-03-02"));
    Task invite = staff.task(pid, "Task_Invite", "case-manager");
    assertThat(Staff.localDate(invite.getDueDate())).as("invited within sip-invite-within")
        .isEqualTo(LocalDate.of(2026, 3, 12));
    staff.complete(pid, "Task_Invite", "case-manager", Map.of("invitedOn", "2026-03-02",
        "psychiatryName", "Dr Lena Holm", "psychiatryOrganisation", "Psykiatri Södra", "psychiatryRole", "Läkare",
        "addictionCareName", "Per Ask", "addictionCareOrganisation", "Beroendecentrum Stockholm"));
    at(2026, 3, 20);
    staff.complete(pid, "Task_Meeting", "case-manager", Map.of("meetingDate", "2026-03-19",
        "clientParticipated", true));
    staff.complete(pid, "Task_EstablishPlan", "case-manager", Map.of("coordinator", "SOCIAL_SERVICES",
        "socialServicesAction", "Boendestöd två gånger i veckan", "psychiatryAction", "Medicinuppföljning",
        "clientAction", "Kommer till mötena", "nextFollowUp", "2026-06-18"));
    assertThat(instance(pid)).isWaitingAt("Timer_FollowUp");
    assertThat(followups.hasCurrentSip(clientId)).isTrue();
    assertThat(followups.clientsNeedingSip()).doesNotContain(clientId);
    SipView sip = followups.overview(clientId).sip();
    assertThat(sip.status()).isEqualTo("CURRENT");
    assertThat(sip.participants()).extracting(FollowupService.ParticipantView::party)
        .containsExactly(Party.PSYCHIATRY, Party.ADDICTION_CARE);
    assertThat(sip.items()).extracting(FollowupService.ItemView::party)
        .containsExactly(Party.SOCIAL_SERVICES, Party.PSYCHIATRY, Party.CLIENT);

    // the follow-up date: review, continue
    staff.moveClockTo(LocalDateTime.of(2026, 6, 18, 9, 0), pid);
    assertThat(instance(pid)).isWaitingAt("Task_ReviewPlan");
    staff.complete(pid, "Task_ReviewPlan", "case-manager", Map.of("planReviewOutcome", "CONTINUE",
        "nextFollowUp", "2026-12-10"));
    assertThat(instance(pid)).isWaitingAt("Timer_FollowUp");
    assertThat(followups.overview(clientId).sip().nextFollowUp()).isEqualTo(LocalDate.of(2026, 12, 10));

    // the next review ends the plan; the client still has samsjuklighet: a new SIP is asked for
    staff.moveClockTo(LocalDateTime.of(2026, 12, 10, 9, 0), pid);
    staff.complete(pid, "Task_ReviewPlan", "case-manager", Map.of("planReviewOutcome", "END",
        "planEndReason", "GOALS_MET"));
    staff.runDueJobs(pid);
    assertThat(pi).isEnded().hasPassed("Task_EndPlan", "EndEvent_Ended");
    assertThat(followups.hasCurrentSip(clientId)).isFalse();
    assertThat(followups.clientsNeedingSip()).contains(clientId);
    ProcessInstance next = runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY)
        .variableValueEquals("clientId", clientId).singleResult();
    assertThat(next).as("the flag: a new care-plan for the client").isNotNull();
    staff.runDueJobs(next.getId());
    assertThat(next).isWaitingAt("Task_Consent");
    assertThat(jdbc.queryForObject("SELECT count(*) FROM care_plan_review WHERE care_plan_id = "
        + "(SELECT id FROM care_plan WHERE process_instance_id = ?)", Integer.class, pid)).isEqualTo(2);
  }

  @Test
  void withoutConsentThereIsNoSipAndItIsRecordedAsDeclined() {
    long clientId = clients.registerUnidentified("Blå mössan", Needs.BOTH, "kim").id();
    String pid = followups.requestCarePlan(clientId, "kim").orElseThrow();
    assertThat(followups.requestCarePlan(clientId, "kim")).as("one SIP in progress per client").isEmpty();
    staff.runDueJobs(pid);
    ProcessInstance pi = instance(pid);
    assertThat(pi).isWaitingAt("Task_Consent");
    staff.complete(pid, "Task_Consent", "case-manager", Map.of("consent", "NO", "declineNote", "Vill inte nu"));
    assertThat(pi).isEnded().hasPassed("EndEvent_Declined");
    assertThat(followups.overview(clientId).sip().status()).isEqualTo("DECLINED");
    assertThat(followups.clientsNeedingSip()).contains(clientId);
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pid)
        .variableName("declineNote").count()).isZero();
  }

  @Test
  void aPlanWhoseFollowUpIsOverdueBeyondTheGracePeriodIsNotCurrent() {
    long clientId = clients.registerUnidentified("Gröna jackan", Needs.BOTH, "kim").id();
    String pid = establishedPlan(clientId, "2026-04-01");
    at(2026, 5, 1); // 30 days after: still within the grace period (P30D)
    assertThat(followups.hasCurrentSip(clientId)).isTrue();
    at(2026, 5, 2);
    assertThat(followups.hasCurrentSip(clientId)).isFalse();
    assertThat(followups.overview(clientId).sip().status()).isEqualTo("OVERDUE");
    assertThat(followups.clientsNeedingSip()).contains(clientId);

    // ended because the client moved: no new SIP is asked for
    ProcessInstance pi = instance(pid);
    staff.runDueJobs(pid);
    staff.complete(pid, "Task_ReviewPlan", "case-manager", Map.of("planReviewOutcome", "END",
        "planEndReason", "MOVED_AWAY"));
    staff.runDueJobs(pid);
    assertThat(pi).isEnded().hasPassed("EndEvent_Ended");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY)
        .variableValueEquals("clientId", clientId).count()).isZero();
  }

  @Test
  void badInputIsRefusedWithASwedishMessageAndNothingIsStored() {
    int plansBefore = count("care_plan");
    assertThatThrownBy(() -> staff.start(KEY, "case-manager", Map.of("personalNumber", TestPersonnummer.next())).getId())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("Det finns ingen klient");
    assertThatThrownBy(() -> staff.start(KEY, "case-manager", Map.of("personalNumber", "19121212-1213")).getId())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("Ogiltigt personnummer");
    assertThat(count("care_plan")).isEqualTo(plansBefore);

    String pnr = TestPersonnummer.next();
    long clientId = clients.registerIdentified(pnr, "Ove", "Lund", null, Needs.BOTH, "kim").id();
    String pid = staff.start(KEY, "case-manager", Map.of("personalNumber", pnr)).getId();
    assertThatThrownBy(() -> staff.start(KEY, "case-manager", Map.of("personalNumber", pnr)).getId())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("redan en pågående SIP");
    assertThatThrownBy(() -> staff.complete(pid, "Task_Consent", "case-manager", Map.of("consent", "YES")))
        .isInstanceOf(InvalidInputException.class).hasMessage("Ange datum för samtycket.");
    staff.complete(pid, "Task_Consent", "case-manager", Map.of("consent", "YES", "consentDate", "2026-03-02"));

    int participantsBefore = count("care_plan_participant");
    assertThatThrownBy(() -> staff.complete(pid, "Task_Invite", "case-manager", Map.of("invitedOn", "2026-03-02",
        "otherName", "Anna Vän", "otherOrganisation", "Stadsmissionen")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("minst en deltagare från regionen");
    assertThatThrownBy(() -> staff.complete(pid, "Task_Invite", "case-manager", Map.of("invitedOn", "2026-03-02",
        "psychiatryName", "Dr Holm")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("Ange organisation");
    assertThat(count("care_plan_participant")).isEqualTo(participantsBefore);
    staff.complete(pid, "Task_Invite", "case-manager", Map.of("invitedOn", "2026-03-02",
        "addictionCareName", "Per Ask", "addictionCareOrganisation", "Beroendecentrum"));
    assertThatThrownBy(() -> staff.complete(pid, "Task_Meeting", "case-manager", Map.of("meetingDate", "2026-04-01")))
        .isInstanceOf(InvalidInputException.class).hasMessage("Datumet får inte ligga i framtiden.");
    staff.complete(pid, "Task_Meeting", "case-manager", Map.of("meetingDate", "2026-03-02"));

    Map<String, Object> plan = new HashMap<>(Map.of("coordinator", "ADDICTION_CARE",
        "socialServicesAction", "Stödboende", "addictionCareAction", "Öppenvård", "nextFollowUp", "2026-03-02"));
    assertThatThrownBy(() -> staff.complete(pid, "Task_EstablishPlan", "case-manager", plan))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("efter SIP-mötet");
    plan.put("nextFollowUp", "2026-06-01");
    plan.put("addictionCareAction", "x".repeat(501));
    assertThatThrownBy(() -> staff.complete(pid, "Task_EstablishPlan", "case-manager", plan))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("högst 500 tecken");
    plan.remove("addictionCareAction");
    assertThatThrownBy(() -> staff.complete(pid, "Task_EstablishPlan", "case-manager", plan))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("Ange vad regionen gör");
    assertThat(jdbc.queryForObject("SELECT count(*) FROM care_plan_item i JOIN care_plan p ON p.id = i.care_plan_id"
        + " WHERE p.client_id = ?", Integer.class, clientId)).isZero();
    assertThat(instance(pid)).isWaitingAt("Task_EstablishPlan");
    assertThat(followups.hasCurrentSip(clientId)).isFalse();
  }

  @Test
  void participantNamesAndPlanTextsNeverReachVariablesOrHistory() {
    long clientId = clients.registerUnidentified("Svarta kepsen", Needs.BOTH, "kim").id();
    String pid = establishedPlan(clientId, "2026-06-01");
    assertThat(runtimeService.getVariables(pid)).doesNotContainKeys("psychiatryName", "socialServicesAction");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pid)
        .variableNameIn("psychiatryName", "addictionCareName", "socialServicesAction", "psychiatryAction").count())
        .isZero();
    assertThat(historyService.createHistoricDetailQuery().processInstanceId(pid).list())
        .noneMatch(d -> d.toString().contains("Holm") || d.toString().contains("Boendestöd"));
  }

  @Test
  void onlyCaseManagersSeeTheTasks() {
    long clientId = clients.registerUnidentified("Röda halsduken", Needs.BOTH, "kim").id();
    String pid = followups.requestCarePlan(clientId, "kim").orElseThrow();
    staff.runDueJobs(pid);
    for (String group : List.of("socialsekreterare", "boendelots", "bosamordnare")) {
      assertThat(staff.as(group, () -> engine.getTaskService().createTaskQuery().processInstanceId(pid).count()))
          .as(group).isZero();
    }
    assertThat(staff.as("case-manager", () -> engine.getTaskService().createTaskQuery().processInstanceId(pid)
        .count())).isOne();
  }

  // --- helpers -------------------------------------------------------------------------------

  /** A plan established on 2026-03-02 with the given follow-up date, started from code. */
  private String establishedPlan(long clientId, String nextFollowUp) {
    String pid = followups.requestCarePlan(clientId, "kim").orElseThrow();
    staff.runDueJobs(pid);
    staff.complete(pid, "Task_Consent", "case-manager", Map.of("consent", "YES", "consentDate", "2026-03-01"));
    staff.complete(pid, "Task_Invite", "case-manager", Map.of("invitedOn", "2026-03-01",
        "psychiatryName", "Dr Lena Holm", "psychiatryOrganisation", "Psykiatri Södra"));
    staff.complete(pid, "Task_Meeting", "case-manager", Map.of("meetingDate", "2026-03-02"));
    staff.complete(pid, "Task_EstablishPlan", "case-manager", Map.of("coordinator", "PSYCHIATRY",
        "socialServicesAction", "Boendestöd", "psychiatryAction", "Medicin", "nextFollowUp", nextFollowUp));
    assertThat(instance(pid)).isWaitingAt("Timer_FollowUp");
    return pid;
  }

  private ProcessInstance instance(String pid) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(pid).singleResult();
  }

  private int count(String table) {
    return jdbc.queryForObject("SELECT count(*) FROM " + table, Integer.class);
  }
}
