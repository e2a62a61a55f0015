package se.bofast.eviction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.bofast.platform.web.InvalidInputException;
import se.bofast.support.AppTest;
import se.bofast.support.Staff;
import se.bofast.support.TestPersonnummer;

/**
 * The rules of issue 12 as staff meet them: the contact order (letter, phone, home visit; a
 * reason to skip), when the contact attempts are exhausted, the contact deadline capped before
 * the återvinningsfrist and Kronofogden's date, the landlord meeting of a disturbance, and the
 * priority in Swedish on the process and in Tasklist. Today is Monday 2 March 2026.
 */
@AppTest
class EvictionRulesTest {

  static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
  static final String CONTACT = "Task_ContactTenant";
  static final String BOSAMORDNARE = "bosamordnare";

  @Autowired IdentityService identityService;
  @Autowired FormService formService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired SignalIntake intake;
  @Autowired CaseViews cases;
  @Autowired ContactAttemptRepository attempts;

  Staff staff;

  @BeforeEach
  void setUp() {
    staff = new Staff(EvictionConstants.PROCESS_KEY, identityService, formService, taskService, managementService,
        repositoryService);
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 3, 2, 9, 0).atZone(STOCKHOLM).toInstant()));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  // --- the contact order and the end of the attempts ---

  @Test
  void attemptsGoLetterPhoneHomeVisitAndALaterChannelFirstNeedsAReason() {
    CaseView opened = open(signal(TestPersonnummer.next(), SignalType.EARLY_WARNING, 0, null, null, null));
    String pi = opened.processInstanceId();

    assertRefused(pi, Map.of("channel", "PHONE", "attemptDate", "2026-03-02", "reached", false),
        "outOfOrderReason", "Brev har inte prövats");
    assertThat(attempts.findByCaseIdOrderByAttemptOnAscIdAsc(opened.caseId())).as("nothing stored").isEmpty();

    attempt(pi, Map.of("channel", "LETTER", "attemptDate", "2026-03-02", "reached", false));
    assertThat(variables(pi)).containsEntry("reached", false).containsEntry("contactExhausted", false)
        .containsEntry("nextContactChannel", "PHONE");

    assertRefused(pi, Map.of("channel", "HOME_VISIT", "attemptDate", "2026-03-02", "reached", false,
        "outOfOrderReason", "  "), "outOfOrderReason", "Telefon har inte prövats");
    attempt(pi, Map.of("channel", "HOME_VISIT", "attemptDate", "2026-03-02", "reached", false,
        "outOfOrderReason", "Inget telefonnummer finns"));
    assertThat(variables(pi)).containsEntry("contactExhausted", false).containsEntry("nextContactChannel", "PHONE");

    // the third unanswered attempt (bofast.eviction.max-unanswered-attempts: 3): the attempts are exhausted
    attempt(pi, Map.of("channel", "PHONE", "attemptDate", "2026-03-02", "reached", false));
    assertThat(variables(pi)).containsEntry("reached", false).containsEntry("contactExhausted", true)
        .containsEntry("nextContactChannel", "HOME_VISIT");

    assertThat(attempts.findByCaseIdOrderByAttemptOnAscIdAsc(opened.caseId()))
        .extracting(a -> a.channel, a -> a.outOfOrderReason)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(ContactChannel.LETTER, null),
            org.assertj.core.groups.Tuple.tuple(ContactChannel.HOME_VISIT, "Inget telefonnummer finns"),
            org.assertj.core.groups.Tuple.tuple(ContactChannel.PHONE, null));
    assertThat(runtimeService.getVariables(pi)).as("free text stays out of the process").doesNotContainKey("outOfOrderReason");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pi)
        .variableName("outOfOrderReason").count()).as("and out of its history").isZero();
    assertThat(historyService.createHistoricDetailQuery().processInstanceId(pi).list()).isNotEmpty()
        .noneMatch(detail -> detail instanceof HistoricVariableUpdate update
            && "outOfOrderReason".equals(update.getVariableName()))
        .noneMatch(detail -> detail instanceof HistoricFormField field && "outOfOrderReason".equals(field.getFieldId()));
  }

  @Test
  void reachingTheTenantIsNeverExhaustedAndAnAttemptInOrderNeedsNoReason() {
    CaseView opened = open(signal(TestPersonnummer.next(), SignalType.EARLY_WARNING, 0, null, null, null));
    attempt(opened.processInstanceId(), Map.of("channel", "LETTER", "attemptDate", "2026-03-02", "reached", true,
        "childrenInHousehold", 0));
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(opened.processInstanceId())
        .variableName("contactExhausted").singleResult().getValue()).isEqualTo(false);
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(opened.processInstanceId())
        .variableName("reached").singleResult().getValue()).isEqualTo(true);
    assertThat(attempts.findByCaseIdOrderByAttemptOnAscIdAsc(opened.caseId()))
        .extracting(a -> a.outOfOrderReason).containsExactly((String) null);
  }

  // --- the contact deadline's cap (bofast.eviction.contact-cap-working-days: 5) ---

  @Test
  void theContactDeadlineComesFiveWorkingDaysBeforeTheReclaimDeadline() {
    // served Mon 16 Feb, notified Tue 17 Feb: återvinningsfrist Tue 10 Mar; HIGH gives Thu 5 Mar,
    // the cap Tue 3 Mar (Mon 9, Fri 6, Thu 5, Wed 4, Tue 3)
    CaseView opened = open(signal(TestPersonnummer.next(), SignalType.RENT_ARREARS, 0,
        LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), null));
    assertThat(opened.reclaimDeadline()).isEqualTo(LocalDate.of(2026, 3, 10));
    assertThat(opened.priority()).isEqualTo("HIGH");
    assertThat(opened.contactDeadline()).isEqualTo(LocalDate.of(2026, 3, 3));
    Date variable = (Date) runtimeService.getVariable(opened.processInstanceId(), "contactDeadline");
    assertThat(variable.toInstant().atZone(STOCKHOLM).toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 3));
  }

  @Test
  void aCapThatHasAlreadyPassedMakesTheContactDueToday() {
    // återvinningsfrist Tue 3 Mar: five working days before it was Mon 23 Feb
    CaseView opened = open(signal(TestPersonnummer.next(), SignalType.RENT_ARREARS, 0,
        LocalDate.of(2026, 2, 9), LocalDate.of(2026, 2, 10), null));
    assertThat(opened.reclaimDeadline()).isEqualTo(LocalDate.of(2026, 3, 3));
    assertThat(opened.contactDeadline()).isEqualTo(LocalDate.of(2026, 3, 2));
  }

  @Test
  void aLaterSignalBringingKronofogdensDateMovesTheContactDeadlineEarlier() {
    String pnr = TestPersonnummer.next();
    CaseView opened = open(signal(pnr, SignalType.EARLY_WARNING, 0, null, null, null));
    assertThat(opened.contactDeadline()).as("ten working days").isEqualTo(LocalDate.of(2026, 3, 16));

    // Thu 19 Mar is 17 days away (the priority stays NORMAL); five working days before: Thu 12 Mar
    Signal withDate = new Signal("LATER-" + pnr, SignalSource.LANDLORD, SignalType.EARLY_WARNING, pnr, "Tove Ek",
        HouseholdCaseTest.street(pnr), "113 59", "Stockholm", "Familjebostäder", "556677-8899", 0, null, null, null,
        LocalDateTime.of(2026, 3, 19, 10, 0));
    CaseView updated = intake.receive(withDate, "intake").evictionCase();
    assertThat(updated.priority()).isEqualTo("NORMAL");
    assertThat(updated.contactDeadline()).isEqualTo(LocalDate.of(2026, 3, 12));
    staff.runDueJobs(opened.processInstanceId());
    Date variable = (Date) runtimeService.getVariable(opened.processInstanceId(), "contactDeadline");
    assertThat(variable.toInstant().atZone(STOCKHOLM).toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 12));
  }

  // --- a disturbance; the priority in Swedish ---

  @Test
  void aDisturbanceNeedsALandlordMeetingAnEarlyWarningDoesNot() {
    CaseView disturbance = open(signal(TestPersonnummer.next(), SignalType.DISTURBANCE, 0, null, null, null));
    assertThat(cases.processFacts(disturbance.caseId())).containsEntry("landlordMeetingNeeded", true)
        .containsEntry("priority", "NORMAL").containsEntry("priorityLabel", "Normal");
    assertThat(runtimeService.getVariable(disturbance.processInstanceId(), "landlordMeetingNeeded")).isEqualTo(true);

    CaseView warning = open(signal(TestPersonnummer.next(), SignalType.EARLY_WARNING, null, null, null, null));
    assertThat(cases.processFacts(warning.caseId())).containsEntry("landlordMeetingNeeded", false)
        .containsEntry("priorityLabel", "Hög");
  }

  @Test
  void staffSeeThePriorityInSwedishAndALaterSignalChangesIt() {
    String pnr = TestPersonnummer.next();
    CaseView opened = open(signal(pnr, SignalType.DISTURBANCE, 0, null, null, null));
    String pi = opened.processInstanceId();
    Task contact = staff.task(pi, CONTACT, BOSAMORDNARE);
    assertThat(runtimeService.getVariable(pi, "priorityLabel")).isEqualTo("Normal");
    assertThat(taskService.getVariableLocal(contact.getId(), "priorityLabel")).as("what Tasklist lists").isEqualTo("Normal");
    Map<String, Object> shown = staff.as(BOSAMORDNARE, () -> taskService.getVariables(contact.getId()));
    assertThat(shown).containsEntry("priorityLabel", "Normal").doesNotContainKey("priority");

    // Kronofogden: eviction in ten days
    intake.receive(new Signal("KFM-" + pnr, SignalSource.KRONOFOGDEN, SignalType.EVICTION_DATE_SET, pnr, "Tove Ek",
        HouseholdCaseTest.street(pnr), "113 59", "Stockholm", null, null, null, null, null, null,
        LocalDateTime.of(2026, 3, 12, 9, 0)), "intake");
    staff.runDueJobs(pi);

    assertThat(runtimeService.getVariable(pi, "priority")).isEqualTo("URGENT");
    assertThat(runtimeService.getVariable(pi, "priorityLabel")).isEqualTo("Akut");
    assertThat(taskService.getVariableLocal(contact.getId(), "priorityLabel")).isEqualTo("Akut");
    assertThat(staff.as(BOSAMORDNARE, () -> taskService.getVariables(contact.getId())))
        .containsEntry("priorityLabel", "Akut");
  }

  @Test
  void childrenLearntInAnAttemptRaiseThePriorityStaffSee() {
    CaseView opened = open(signal(TestPersonnummer.next(), SignalType.EARLY_WARNING, null, null, null, null));
    String pi = opened.processInstanceId();
    assertThat(runtimeService.getVariable(pi, "priorityLabel")).as("children unknown").isEqualTo("Hög");

    attempt(pi, Map.of("channel", "LETTER", "attemptDate", "2026-03-02", "reached", true, "childrenInHousehold", 2));

    assertThat(runtimeService.getVariable(pi, "priority")).isEqualTo("URGENT");
    assertThat(runtimeService.getVariable(pi, "priorityLabel")).isEqualTo("Akut");
    var open = taskService.createTaskQuery().processInstanceId(pi).list();
    assertThat(open).isNotEmpty().allSatisfy(task ->
        assertThat(taskService.getVariableLocal(task.getId(), "priorityLabel")).as(task.getName()).isEqualTo("Akut"));
  }

  /**
   * Children learnt in an attempt nobody answered make the case URGENT: the contact deadline
   * comes earlier, and the process follows — the next attempt, the UV-team, the home visit and
   * both timers at the contact deadline move to it, as they do for a later signal.
   */
  @Test
  void childrenLearntInAnUnansweredAttemptBringTheContactDeadlineAndTheProcessForward() {
    // Mon 2 Mar, children unknown, early warning: HIGH, three working days: Thu 5 Mar
    CaseView opened = open(signal(TestPersonnummer.next(), SignalType.EARLY_WARNING, null, null, null, null));
    String pi = opened.processInstanceId();
    assertThat(opened.contactDeadline()).isEqualTo(LocalDate.of(2026, 3, 5));

    attempt(pi, Map.of("channel", "LETTER", "attemptDate", "2026-03-02", "reached", false, "childrenInHousehold", 2));
    staff.runDueJobs(pi);

    // URGENT: one working day, Tue 3 Mar
    LocalDate urgent = LocalDate.of(2026, 3, 3);
    assertThat(cases.get(opened.caseId()).contactDeadline()).isEqualTo(urgent);
    Date due = Date.from(urgent.atTime(17, 0).atZone(STOCKHOLM).toInstant());
    for (String task : List.of(CONTACT, "Task_UvTeam", "Task_HomeVisit")) {
      assertThat(taskService.createTaskQuery().processInstanceId(pi).taskDefinitionKey(task).singleResult())
          .as(task).isNotNull()
          .satisfies(t -> assertThat(t.getDueDate()).as(task + " due").isEqualTo(due));
    }
    for (String timer : List.of("Boundary_ContactOverdue", "Timer_ContactDeadline")) {
      assertThat(managementService.createJobQuery().processInstanceId(pi).activityId(timer).singleResult())
          .as(timer).isNotNull()
          .satisfies(job -> assertThat(job.getDuedate()).as(timer + " due").isEqualTo(due));
    }
  }

  // --- helpers ---

  private CaseView open(Signal signal) {
    return intake.receive(signal, "intake").evictionCase();
  }

  private void attempt(String pi, Map<String, Object> form) {
    staff.complete(pi, CONTACT, BOSAMORDNARE, form);
  }

  private void assertRefused(String pi, Map<String, Object> form, String field, String message) {
    assertThatThrownBy(() -> attempt(pi, form))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo(field));
  }

  private Map<String, Object> variables(String pi) {
    return runtimeService.getVariables(pi);
  }

  static Signal signal(String pnr, SignalType type, Integer children, LocalDate served, LocalDate notified,
      LocalDateTime evictionDate) {
    return new Signal("RULES-" + pnr + "-" + type, SignalSource.LANDLORD, type, pnr, "Tove Ek", HouseholdCaseTest.street(pnr),
        "113 59", "Stockholm", "Familjebostäder", "556677-8899", children, BigDecimal.valueOf(12400), served, notified,
        evictionDate);
  }
}
