package se.bofast.eviction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.bofast.housing.JourneyReferrals;
import se.bofast.housing.JourneyViews;
import se.bofast.support.AppTest;
import se.bofast.support.Staff;
import se.bofast.support.TestPersonnummer;

/**
 * The paths of issue 12 through eviction-prevention, with the job executor's timers executed:
 * a tenant who never answers, the contact deadline passing once, children first, the aid
 * decision from the first hour, a disturbance meeting, and a client of the housing chain.
 */
@AppTest
class EvictionContactPathsTest {

  @Autowired ProcessEngine engine;
  @Autowired IdentityService identityService;
  @Autowired FormService formService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired SignalIntake intake;
  @Autowired CaseViews cases;
  @Autowired EvictionCaseRepository caseRecords;
  @Autowired JourneyReferrals referrals;
  @Autowired se.bofast.client.ClientService clients;
  @Autowired se.bofast.client.ClientTeam team;
  @Autowired JourneyViews journeys;

  Staff staff;
  final java.util.List<String> started = new java.util.ArrayList<>();

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    staff = new Staff(EvictionConstants.PROCESS_KEY, identityService, formService, taskService, managementService,
        repositoryService);
    ClockUtil.setCurrentTime(at(2026, 3, 2, 9));
  }

  /**
   * The clock goes back to today; cases this test left open are deleted, so that their timers
   * (due in the past from today) do not put tasks in other tests' task lists.
   */
  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    EvictionProcessTest.deleteOpenInstances(runtimeService, started);
  }

  @Test
  void anUnreachableFamilyIsVisitedDecidedOnGoesOnWithoutContactAndIsReferredAndFollowedUp() {
    CaseView opened = intake.receive(EvictionProcessTest.signal(TestPersonnummer.next(), SignalType.EVICTION_DATE_SET,
        2, null, null, LocalDateTime.of(2026, 3, 20, 9, 0)), "intake").evictionCase();
    ProcessInstance pi = instance(opened);

    // children first: the UV-team and the home visit at once, each due by the contact deadline
    assertThat(pi).isWaitingAt("Task_ContactTenant", "Task_UvTeam", "Task_HomeVisit", "Timer_PrepareEviction");
    Date contactDue = task(pi, "Task_ContactTenant").getDueDate();
    assertThat(contactDue).isEqualTo(Staff.date(opened.contactDeadline().atTime(17, 0)));
    assertThat(task(pi, "Task_UvTeam").getDueDate()).isEqualTo(contactDue);
    assertThat(task(pi, "Task_HomeVisit").getDueDate()).isEqualTo(contactDue);

    staff.complete(pi, "Task_HomeVisit", "bosamordnare", Map.of("visitDate", "2026-03-02", "childrenAffected", 2,
        "journalText", "Ingen öppnade; grannar bekräftar två barn i hushållet."));
    staff.complete(pi, "Task_UvTeam", "socialsekreterare", Map.of("meetingDate", "2026-03-02", "jointDecisionMade", true,
        "uvMeasures", "Hembesök och plan för akut boende", "uvResponsible", "Barn och familj", "uvActBy", "2026-03-09",
        "journalText", "Gemensamt beslut: plan för akut boende för barnen."));

    // nobody answers: letter, phone, home visit; after the third the bosamordnare may go on
    attempt(pi, "LETTER");
    attempt(pi, "PHONE");
    assertThat(pi).isNotWaitingAt("Task_ContinueWithoutContact");
    attempt(pi, "HOME_VISIT");
    assertThat(pi).isWaitingAt("Task_ContinueWithoutContact", "Task_ContactTenant");
    assertThat(timers(pi, "Timer_ContactDeadline")).as("the case goes on once: no second way on at the deadline")
        .isEmpty();
    staff.complete(pi, "Task_ContinueWithoutContact", "bosamordnare", Map.of("continueConfirmed", true));
    assertThat(caseRecords.load(opened.caseId()).continuedWithoutContactOn).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(pi).isWaitingAt("Task_LandlordContact", "Task_ContactTenant");

    staff.complete(pi, "Task_LandlordContact", "bosamordnare",
        Map.of("landlordContactDate", "2026-03-02", "landlordChannel", "PHONE", "landlordResult", "NO_AGREEMENT"));
    // the contact deadline passes: the enhetschef follows up once
    staff.moveClockTo(at(2026, 3, 15, 9), pi);
    assertThat(overdueTasks(pi)).isEqualTo(1);
    staff.complete(pi, "Task_PrepareEviction", "bosamordnare", Map.of("socialServicesPlanned", true, "emergencyHousing", true));

    staff.moveClockTo(at(2026, 3, 20, 15), pi);
    staff.complete(pi, "Task_RecordOutcome", "bosamordnare", new HashMap<>(Map.of("outcome", "EVICTED",
        "outcomeDate", "2026-03-20", "childrenAffected", 2, "socialServicesPresent", true, "needs", "PSYCHIATRIC", "situationAfter", "HARBARGE",
        "shelterName", "Härbärget Skarpnäck", "journalText", "Avhysningen verkställdes; familjen på härbärge.")));
    staff.runDueJobs(pi);

    CaseView evicted = cases.get(opened.caseId());
    assertThat(evicted.outcome()).isEqualTo(Outcome.EVICTED);
    assertThat(evicted.clientJourneyCaseNumber()).matches("VK-2026-\\d{5}");
    assertThat(journeys.viewByCaseNumber(evicted.clientJourneyCaseNumber()).open()).isTrue();
    assertThat(pi).hasPassed("Task_ReferToChain").isWaitingAt("Timer_FollowUp");
    assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).count())
        .as("the outcome closes the contact attempts and every open task of the case").isZero();

    // the follow-up after the eviction, three months on (the engine adds the duration in the JVM's zone)
    assertThat(timers(pi, "Timer_FollowUp")).extracting(Job::getDuedate)
        .containsExactly(Date.from(at(2026, 3, 20, 15).toInstant().atZone(ZoneId.systemDefault()).plusMonths(3).toInstant()));
    staff.moveClockTo(at(2026, 6, 22, 9), pi);
    staff.complete(pi, "Task_FollowUpContact", "bosamordnare", Map.of("followUpDate", "2026-06-22"));
    assertThat(pi).isEnded().hasPassed("EndEvent_FollowedUp");
  }

  @Test
  void theContactDeadlineEscalatesOncePerCaseAndDeadlineAndALaterContactRejoinsTheCase() {
    String pnr = TestPersonnummer.next();
    Signal first = EvictionProcessTest.signal(pnr, SignalType.EARLY_WARNING, 0, null, null, null);
    CaseView opened = intake.receive(first, "intake").evictionCase();
    assertThat(opened.contactDeadline()).isEqualTo(LocalDate.of(2026, 3, 16));
    ProcessInstance pi = instance(opened);

    // a later signal moves the deadline: both timers of the deadline move with it
    intake.receive(later(first, "KFM-" + pnr, SignalType.EVICTION_DATE_SET, null, null,
        LocalDateTime.of(2026, 3, 30, 9, 0)), "intake");
    execute(job("Task_RefreshCase", pi));
    LocalDate moved = cases.get(opened.caseId()).contactDeadline();
    assertThat(moved).isBefore(LocalDate.of(2026, 3, 16));
    Date deadline = Staff.date(moved.atTime(17, 0));
    assertThat(timers(pi, "Boundary_ContactOverdue")).extracting(Job::getDuedate).containsExactly(deadline);
    assertThat(timers(pi, "Timer_ContactDeadline")).extracting(Job::getDuedate).containsExactly(deadline);

    // the deadline passes: the enhetschef once, and the bosamordnare may go on
    staff.moveClockTo(Date.from(deadline.toInstant().plusSeconds(60)), pi);
    assertThat(pi).isWaitingAt("Task_ContactOverdue", "Task_ContinueWithoutContact", "Task_ContactTenant");
    staff.complete(pi, "Task_ContactOverdue", "enhetschef", Map.of("followedUp", true));

    // five failed attempts after the deadline: no new escalation, no second way on
    for (String channel : List.of("LETTER", "PHONE", "HOME_VISIT", "HOME_VISIT", "HOME_VISIT")) {
      attempt(pi, channel);
      staff.runDueJobs(pi);
    }
    assertThat(overdueTasks(pi)).isEqualTo(1);
    assertThat(taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("Task_ContinueWithoutContact").count()).isEqualTo(1);
    assertThat(timers(pi, "Boundary_ContactOverdue")).isEmpty();
    assertThat(timers(pi, "Timer_ContactDeadline")).isEmpty();

    staff.complete(pi, "Task_ContinueWithoutContact", "bosamordnare", Map.of("continueConfirmed", true));
    assertThat(pi).isWaitingAt("Task_LandlordContact", "Task_ContactTenant");

    // the tenant calls back: the contact is recorded where the case stands, nothing starts again
    staff.complete(pi, "Task_ContactTenant", "bosamordnare",
        Map.of("channel", "PHONE", "attemptDate", LocalDate.now(clockDate()).toString(), "reached", true,
            "childrenInHousehold", 0));
    assertThat(pi).isWaitingAt("Task_LandlordContact").isNotWaitingAt("Task_ContactTenant");
    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("Task_LandlordContact").count()).isEqualTo(1);
    EvictionCase record = caseRecords.load(opened.caseId());
    assertThat(record.firstContactOn).isNotNull();
    assertThat(record.continuedWithoutContactOn).as("went on without contact before the call").isNotNull();
  }

  @Test
  void theAidDecisionExistsFromTheStartAndItsDueDateMovesWhenTheSecondDateArrives() {
    String pnr = TestPersonnummer.next();
    Signal first = EvictionProcessTest.signal(pnr, SignalType.RENT_ARREARS, 0, LocalDate.of(2026, 2, 23), null, null);
    CaseView opened = intake.receive(first, "intake").evictionCase();
    assertThat(opened.reclaimDeadline()).as("one date unknown").isNull();
    ProcessInstance pi = instance(opened);

    // at once, not behind the contact: due after the set period while the återvinningsfrist is unknown
    Task aid = task(pi, "Task_DecideAid");
    assertThat(aid.getDueDate()).isEqualTo(at(2026, 3, 12, 16));
    assertThat(timers(pi, "Boundary_AidReminder")).extracting(Job::getDuedate).containsExactly(at(2026, 3, 12, 16));

    // the social services' notification date arrives: the återvinningsfrist is known
    intake.receive(later(first, "LL-2-" + pnr, SignalType.RENT_ARREARS, LocalDate.of(2026, 2, 23),
        LocalDate.of(2026, 2, 25), null), "intake");
    execute(job("Task_RefreshCase", pi));
    assertThat(cases.get(opened.caseId()).reclaimDeadline()).isEqualTo(LocalDate.of(2026, 3, 18));
    assertThat(task(pi, "Task_DecideAid").getDueDate()).isEqualTo(at(2026, 3, 18, 16));
    Job reminder = timers(pi, "Boundary_AidReminder").get(0);
    assertThat(reminder.getDuedate()).as("three working days before").isEqualTo(at(2026, 3, 13, 8));

    ClockUtil.setCurrentTime(at(2026, 3, 13, 9));
    execute(reminder);
    execute(job("Task_MarkUrgent", pi));
    assertThat(task(pi, "Task_DecideAid").getPriority()).isEqualTo(100);
    staff.complete(pi, "Task_DecideAid", "socialsekreterare", Map.of("aidDecision", "REFUSED",
        "aidDecisionDate", "2026-03-13", "journalText", "Avslag: hushållet har egna medel."));
    assertThat(pi).isWaitingAt("Task_ContactTenant").isNotWaitingAt("Task_DecideAid");
  }

  @Test
  void aDisturbanceGetsALandlordMeetingAndLaterRentArrearsAnAidDecision() {
    String pnr = TestPersonnummer.next();
    Signal first = EvictionProcessTest.signal(pnr, SignalType.DISTURBANCE, 0, null, null, null);
    ProcessInstance pi = instance(intake.receive(first, "intake").evictionCase());
    assertThat(pi).isNotWaitingAt("Task_DecideAid", "Task_UvTeam");

    intake.receive(later(first, "LL-2-" + pnr, SignalType.RENT_ARREARS, null, null, null), "intake");
    execute(job("Task_RefreshCase", pi));
    assertThat(pi).as("a rent-arrears signal later: the aid decision now").isWaitingAt("Task_DecideAid");

    staff.complete(pi, "Task_ContactTenant", "bosamordnare",
        Map.of("channel", "LETTER", "attemptDate", "2026-03-02", "reached", true, "childrenInHousehold", 0));
    assertThat(pi).isWaitingAt("Task_LandlordMeeting").isNotWaitingAt("Task_LandlordContact");
    staff.complete(pi, "Task_LandlordMeeting", "bosamordnare",
        Map.of("landlordMeetingDate", "2026-03-02", "meetingResult", "MEASURES_AGREED"));
    assertThat(pi).isWaitingAt("Task_RecordOutcome");
  }

  @Test
  void childrenLearntAtTheContactBringTheUvTeamAndTheHomeVisit() {
    CaseView opened = intake.receive(EvictionProcessTest.signal(TestPersonnummer.next(), SignalType.EARLY_WARNING, 0,
        null, null, null), "intake").evictionCase();
    ProcessInstance pi = instance(opened);
    assertThat(pi).isNotWaitingAt("Task_UvTeam", "Task_HomeVisit");
    staff.complete(pi, "Task_ContactTenant", "bosamordnare",
        Map.of("channel", "LETTER", "attemptDate", "2026-03-02", "reached", true, "childrenInHousehold", 3));
    assertThat(pi).isWaitingAt("Task_UvTeam", "Task_HomeVisit", "Task_LandlordContact");
  }

  @Test
  void aClientInTheHousingChainBringsInTheChainsStaff() {
    String pnr = TestPersonnummer.next();
    String journey = EvictionProcessTest.chainClient(referrals, pnr);

    CaseView opened = intake.receive(EvictionProcessTest.signal(pnr, SignalType.RENT_ARREARS, 0, null, null, null),
        "intake").evictionCase();
    ProcessInstance pi = instance(opened);
    assertThat(runtimeService.getVariable(pi.getId(), "chainJourneyCaseNumber")).isEqualTo(journey);
    assertThat(staff.task(pi.getId(), "Task_ChainCoordination", "case-manager")).isNotNull();
    staff.complete(pi, "Task_ChainCoordination", "boendelots", Map.of("coordinatedOn", "2026-03-02", "coordinated", true));
    assertThat(pi).hasPassed("EndEvent_ChainCoordinated").isWaitingAt("Task_ContactTenant");

    CaseView other = intake.receive(EvictionProcessTest.signal(TestPersonnummer.next(), SignalType.RENT_ARREARS, 0,
        null, null, null), "intake").evictionCase();
    assertThat(instance(other)).hasPassed("EndEvent_NotChainClient").isNotWaitingAt("Task_ChainCoordination");
  }

  /**
   * A chain client with a named team (issue 12 item 8, with issue 13's team): the eviction case's
   * tasks go to the client's own people — the coordination task (boendelots and case manager) to
   * the named case manager, the contact to the named bosamordnare, the aid decision to the named
   * socialsekreterare — and the whole team is on every task (the filter "Mina klienters uppgifter").
   */
  @Test
  void aChainClientsNamedTeamGetsTheEvictionCasesTasks() {
    String pnr = TestPersonnummer.next();
    EvictionProcessTest.chainClient(referrals, pnr);
    long clientId = clients.findByPersonalNumber(pnr).orElseThrow().id();
    team.assign(clientId, se.bofast.client.TeamRole.CASE_MANAGER, "kim", "eva");
    team.assign(clientId, se.bofast.client.TeamRole.BOENDELOTS, "lotta", "eva");
    team.assign(clientId, se.bofast.client.TeamRole.BOSAMORDNARE, "bosse", "eva");
    team.assign(clientId, se.bofast.client.TeamRole.SOCIALSEKRETERARE, "sara", "eva");

    CaseView opened = intake.receive(EvictionProcessTest.signal(pnr, SignalType.RENT_ARREARS, 0, null, null, null),
        "intake").evictionCase();
    ProcessInstance pi = instance(opened);

    Map<String, String> assignee = Map.of("Task_ChainCoordination", "kim", "Task_ContactTenant", "bosse",
        "Task_DecideAid", "sara");
    assignee.forEach((key, user) -> {
      Task task = taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
      assertThat(task).as(key).isNotNull();
      assertThat(task.getAssignee()).as(key + " assignee").isEqualTo(user);
      for (String member : List.of("kim", "lotta", "bosse", "sara")) {
        assertThat(taskService.createTaskQuery().taskId(task.getId()).taskInvolvedUser(member).count())
            .as(key + " involves " + member + " of the client's team").isEqualTo(1);
      }
    });

    CaseView other = intake.receive(EvictionProcessTest.signal(TestPersonnummer.next(), SignalType.RENT_ARREARS, 0,
        null, null, null), "intake").evictionCase();
    assertThat(taskService.createTaskQuery().processInstanceId(instance(other).getId()).taskAssigned().count())
        .as("a tenant outside the chain: nobody named").isZero();
  }

  // --- helpers --------------------------------------------------------------------------------

  /** A later signal about the same household and lease, with its own reference, type and dates. */
  private static Signal later(Signal first, String reference, SignalType type, LocalDate served, LocalDate notified,
      LocalDateTime evictionDate) {
    return new Signal(reference, first.source(), type, first.tenantPersonalNumber(), first.tenantName(), first.street(),
        first.postalCode(), first.city(), first.landlordName(), first.landlordOrganisationNumber(),
        first.childrenInHousehold(), first.rentDebtSek(), served, notified, evictionDate);
  }

  private void attempt(ProcessInstance pi, String channel) {
    staff.complete(pi, "Task_ContactTenant", "bosamordnare", Map.of("channel", channel,
        "attemptDate", LocalDate.now(clockDate()).toString(), "reached", false));
  }

  private static java.time.Clock clockDate() {
    return java.time.Clock.fixed(ClockUtil.getCurrentTime().toInstant(), Staff.STOCKHOLM);
  }

  private long overdueTasks(ProcessInstance pi) {
    return historyService.createHistoricTaskInstanceQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("Task_ContactOverdue").count();
  }

  private List<Job> timers(ProcessInstance pi, String activityId) {
    return managementService.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).timers().list();
  }

  private Task task(ProcessInstance pi, String key) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
  }

  private ProcessInstance instance(CaseView c) {
    started.add(c.processInstanceId());
    return runtimeService.createProcessInstanceQuery().processInstanceId(c.processInstanceId()).singleResult();
  }

  private static Date at(int y, int m, int d, int hour) {
    return Staff.date(LocalDateTime.of(y, m, d, hour, 0));
  }
}
