package se.bofast.eviction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
import org.springframework.test.context.TestExecutionListeners;
import se.bofast.client.Needs;
import se.bofast.housing.JourneyReferrals;
import se.bofast.housing.JourneyViews;
import se.bofast.landlord.ContactLog;
import se.bofast.landlord.PartnerRegister;
import se.bofast.landlord.PartnerKind;
import se.bofast.platform.web.InvalidInputException;
import se.bofast.support.AppTest;
import se.bofast.support.ProcessCoverage;
import se.bofast.support.Staff;
import se.bofast.support.TestPersonnummer;

/** Every path of eviction-prevention, each task completed by a member of its candidate group. */
@AppTest
@Import({ProcessEngineCoverageConfiguration.class, EvictionProcessTest.Coverage.class})
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class EvictionProcessTest {

  @TestConfiguration
  static class Coverage {
    @Bean
    @Primary
    ProcessEngineCoverageProperties processEngineCoverageProperties() {
      return ProcessCoverage.atLeastRequired(se.bofast.housing.HousingConstants.PROCESS_KEY,
          se.bofast.landlord.LandlordConstants.PROCESS_KEY);
    }
  }

  static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

  @Autowired ProcessEngine engine;
  @Autowired IdentityService identityService;
  @Autowired FormService formService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired SignalIntake intake;
  @Autowired CaseViews cases;
  @Autowired JourneyViews journeys;
  @Autowired PartnerRegister landlords;
  @Autowired ContactLog landlordContacts;
  @Autowired JourneyReferrals referrals;

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
    deleteOpenInstances(runtimeService, started);
  }

  @Test
  void rentArrearsWithChildrenIsPreventedBeforeTheReclaimDeadline() {
    long landlord = landlords.findByOrganisationNumber("556677-8899").orElseGet(() -> landlords.create(
        new PartnerRegister.NewPartner(PartnerKind.LANDLORD, "Familjebostäder", "556677-8899", null))).id();
    CaseView opened = intake.receive(signal(TestPersonnummer.next(), SignalType.RENT_ARREARS, null,
        LocalDate.of(2026, 2, 23), LocalDate.of(2026, 2, 25), null), "intake").evictionCase();
    assertThat(opened.priority()).isEqualTo("HIGH");
    assertThat(opened.reclaimDeadline()).as("three weeks after the later date, 25 Feb").isEqualTo(LocalDate.of(2026, 3, 18));
    assertThat(opened.contactDeadline()).as("three working days").isEqualTo(LocalDate.of(2026, 3, 5));
    ProcessInstance pi = instance(opened);
    // children unknown: the UV-team and the home visit at once; rent arrears: the aid decision at once
    assertThat(pi).isWaitingAt("Task_ContactTenant", "Catch_EvictionDateSet", "Task_UvTeam", "Task_HomeVisit",
        "Task_DecideAid");
    Task contact = taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_ContactTenant")
        .singleResult();
    assertThat(contact.getDueDate()).isEqualTo(Date.from(LocalDateTime.of(2026, 3, 5, 17, 0).atZone(STOCKHOLM).toInstant()));

    // the contact deadline passes: the enhetschef is told, the bosamordnare may go on without contact,
    // and the contact task stays
    staff.moveClockTo(at(2026, 3, 6, 8), pi);
    assertThat(pi).isWaitingAt("Task_ContactTenant", "Task_ContactOverdue", "Task_ContinueWithoutContact",
        "Catch_EvictionDateSet");
    staff.complete(pi, "Task_ContactOverdue", "enhetschef", Map.of("followedUp", true));

    // attempts escalate: a letter without answer, then a phone call
    staff.complete(pi, "Task_ContactTenant", "bosamordnare",
        Map.of("channel", "LETTER", "attemptDate", "2026-03-06", "reached", false));
    assertThat(pi).isWaitingAt("Task_ContactTenant", "Catch_EvictionDateSet");
    assertThatThrownBy(() -> staff.complete(pi, "Task_ContactTenant", "bosamordnare",
        Map.of("channel", "PHONE", "attemptDate", "2026-03-06", "reached", true)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("barn");
    staff.complete(pi, "Task_ContactTenant", "bosamordnare",
        Map.of("channel", "PHONE", "attemptDate", "2026-03-06", "reached", true, "childrenInHousehold", 2));
    assertThat(cases.get(opened.caseId()).priority()).as("children: highest priority").isEqualTo("URGENT");
    assertThat(pi).as("reached before going on without contact: nothing left to decide")
        .isNotWaitingAt("Task_ContinueWithoutContact", "Task_ContactTenant");

    // children: the UV team and a home visit, in parallel, since the signal
    assertThat(pi).isWaitingAt("Task_UvTeam", "Task_HomeVisit", "Task_LandlordContact", "Catch_EvictionDateSet");
    staff.complete(pi, "Task_UvTeam", "socialsekreterare", Map.of("meetingDate", "2026-03-06", "jointDecisionMade", true,
        "uvMeasures", "Avbetalningsplan och budgetrådgivning", "uvResponsible", "Barn och familj", "uvActBy", "2026-03-13",
        "journalText", "Gemensamt beslut om avbetalningsplan och budgetrådgivning."));
    staff.complete(pi, "Task_HomeVisit", "bosamordnare", Map.of("visitDate", "2026-03-06", "childrenAffected", 2,
        "journalText", "Hembesök: två barn, familjen vill bo kvar."));
    staff.complete(pi, "Task_LandlordContact", "bosamordnare",
        Map.of("landlordContactDate", "2026-03-06", "landlordChannel", "PHONE", "landlordResult", "PAYMENT_PLAN"));

    assertThat(landlordContacts.contacts(landlord)).as("the landlord contact is in the landlord's log")
        .anyMatch(c -> opened.caseNumber().equals(c.evictionCaseNumber()) && "Avbetalningsplan".equals(c.outcome()));

    // the aid decision is due at the återvinningsfrist, flagged urgent three working days before
    Task aid = taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_DecideAid")
        .singleResult();
    assertThat(aid.getDueDate()).isEqualTo(Date.from(LocalDateTime.of(2026, 3, 18, 16, 0).atZone(STOCKHOLM).toInstant()));
    assertThat(aid.getPriority()).isEqualTo(50);
    ClockUtil.setCurrentTime(at(2026, 3, 13, 9));
    execute(job("Boundary_AidReminder", pi));
    // the reminder fired; marking the decision urgent is a job of its own
    assertThat(pi).isWaitingAt("Task_MarkUrgent", "Task_DecideAid");
    assertThat(taskService.createTaskQuery().taskId(aid.getId()).singleResult().getPriority()).isEqualTo(50);
    execute(job("Task_MarkUrgent", pi));
    assertThat(taskService.createTaskQuery().taskId(aid.getId()).singleResult().getPriority()).isEqualTo(100);
    staff.complete(pi, "Task_DecideAid", "socialsekreterare", Map.of("aidDecision", "GRANTED", "aidAmountSek", 14500,
        "aidDecisionDate", "2026-03-13", "journalText", "Beviljas: skulden hotar barnfamiljens boende."));

    staff.complete(pi, "Task_RecordOutcome", "bosamordnare",
        Map.of("outcome", "PREVENTED", "outcomeDate", "2026-03-13", "childrenAffected", 2, "finalRentDebtSek", 0,
            "journalText", "Skulden betald med bistånd; familjen bor kvar."));
    assertThat(pi).isWaitingAt("Timer_FollowUp");
    staff.moveClockTo(at(2026, 6, 15, 9), pi);
    staff.complete(pi, "Task_FollowUpContact", "bosamordnare", Map.of("followUpDate", "2026-06-15", "stillLivingThere", true));
    assertThat(pi).isEnded().hasPassed("EndEvent_FollowedUp", "Boundary_ReachedMeanwhile");

    CaseView closed = cases.get(opened.caseId());
    assertThat(closed.status()).isEqualTo("CLOSED");
    assertThat(closed.outcome()).isEqualTo(Outcome.PREVENTED);
    assertThat(closed.childrenAffected()).isEqualTo(2);
    assertThat(closed.daysToFirstContact()).isEqualTo(4);
    assertThat(closed.socialServicesPresent()).isNull();
  }

  @Test
  void anEvictionDateFromAPhoneCallIsPreparedAndAnEvictedFamilyIsReferredToTheChain() {
    String pnr = TestPersonnummer.next();
    ProcessInstance pi = staff.start("bosamordnare", startForm(pnr, "EVICTION_DATE_SET", 1, "2026-03-12T09:00"));
    assertThat(runtimeService.getVariable(pi.getId(), "priority")).isEqualTo("URGENT");
    assertThat(runtimeService.getVariables(pi.getId())).doesNotContainKeys("tenantPersonalNumber", "tenantName", "street");
    assertThat(pi).isWaitingAt("Task_ContactTenant", "Timer_PrepareEviction");
    String caseNumber = (String) runtimeService.getVariable(pi.getId(), "caseNumber");

    staff.complete(pi, "Task_ContactTenant", "bosamordnare",
        Map.of("channel", "HOME_VISIT", "attemptDate", "2026-03-02", "reached", true, "childrenInHousehold", 1,
            "outOfOrderReason", "Avhysning om tio dagar och barn i hushållet"));
    staff.complete(pi, "Task_UvTeam", "socialsekreterare", Map.of("meetingDate", "2026-03-02", "jointDecisionMade", true,
        "uvMeasures", "Hembesök och plan för akut boende", "uvResponsible", "Barn och familj", "uvActBy", "2026-03-06",
        "journalText", "Gemensamt beslut om hembesök och akut boende."));
    staff.complete(pi, "Task_HomeVisit", "bosamordnare", Map.of("visitDate", "2026-03-03", "childrenAffected", 1,
        "journalText", "Hembesök: ett barn, akut boende behövs."));
    staff.complete(pi, "Task_LandlordContact", "bosamordnare",
        Map.of("landlordContactDate", "2026-03-04", "landlordChannel", "MEETING", "landlordResult", "NO_AGREEMENT"));
    assertThat(pi).as("no rent debt: straight to the outcome").isWaitingAt("Task_RecordOutcome", "Timer_PrepareEviction");

    // five days before the eviction date: prepare; with children, social services must be there
    staff.moveClockTo(at(2026, 3, 7, 9), pi);
    assertThatThrownBy(() -> staff.complete(pi, "Task_PrepareEviction", "bosamordnare",
        Map.of("socialServicesPlanned", false, "emergencyHousing", true)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("socialtjänsten ska vara på plats");
    staff.complete(pi, "Task_PrepareEviction", "bosamordnare", Map.of("socialServicesPlanned", true, "emergencyHousing", true));

    staff.moveClockTo(at(2026, 3, 12, 15), pi);
    Map<String, Object> outcome = new HashMap<>(Map.of("outcome", "EVICTED", "outcomeDate", "2026-03-12",
        "childrenAffected", 1, "socialServicesPresent", true, "needs", "PSYCHIATRIC", "situationAfter", "HARBARGE",
        "shelterName", "Härbärget Skarpnäck", "journalText", "Avhysningen verkställdes; remiss till vårdkedjan."));
    staff.complete(pi, "Task_RecordOutcome", "bosamordnare", outcome);
    staff.runDueJobs(pi);
    // referred, and followed up after the eviction (JO: the municipality must follow up)
    assertThat(pi).hasPassed("Task_ReferToChain").isWaitingAt("Timer_FollowUp");

    CaseView evicted = cases.list("closed").stream().filter(c -> c.caseNumber().equals(caseNumber)).findFirst().orElseThrow();
    assertThat(evicted.outcome()).isEqualTo(Outcome.EVICTED);
    assertThat(evicted.socialServicesPresent()).isTrue();
    assertThat(evicted.clientJourneyCaseNumber()).matches("VK-2026-\\d{5}");
    JourneyViews.JourneyView journey = journeys.viewByCaseNumber(evicted.clientJourneyCaseNumber());
    assertThat(journey.open()).isTrue();
    assertThat(journey.placements()).extracting(JourneyViews.PlacementView::step)
        .containsExactly(se.bofast.housing.Step.HARBARGE);
    assertThat(runtimeService.getVariable(journey.processInstanceId(), "evictionCaseNumber")).isEqualTo(caseNumber);

    staff.moveClockTo(at(2026, 6, 15, 9), pi);
    staff.complete(pi, "Task_FollowUpContact", "bosamordnare", Map.of("followUpDate", "2026-06-15"));
    assertThat(pi).isEnded().hasPassed("EndEvent_FollowedUp");
  }

  @Test
  void aSecondSignalForTheHouseholdUpdatesTheOpenCaseAndItsTimers() {
    String pnr = TestPersonnummer.next();
    CaseView opened = intake.receive(signal(pnr, SignalType.DISTURBANCE, 0, null, null, null), "intake").evictionCase();
    assertThat(opened.priority()).isEqualTo("NORMAL");
    assertThat(opened.contactDeadline()).as("five working days").isEqualTo(LocalDate.of(2026, 3, 9));
    ProcessInstance first = instance(opened);

    // a phone call about the same household, now with an eviction date in ten days
    ProcessInstance second = staff.start("bosamordnare", startForm(pnr, "EVICTION_DATE_SET", 0, "2026-03-12T09:00"));
    assertThat(second).isEnded().hasPassed("EndEvent_AddedToCase");
    CaseView updated = cases.get(opened.caseId());
    assertThat(updated.signals()).hasSize(2);
    assertThat(updated.priority()).isEqualTo("URGENT");
    assertThat(updated.contactDeadline()).isEqualTo(LocalDate.of(2026, 3, 3));
    // the case (what /api answers) is reassessed at once; the open case's process follows in a job
    assertThat(first).isWaitingAt("Task_ContactTenant", "Catch_EvictionDateSet", "Task_RefreshCase");
    assertThat(taskService.createTaskQuery().processInstanceId(first.getId()).singleResult().getDueDate())
        .as("until the job has run").isEqualTo(Date.from(LocalDateTime.of(2026, 3, 9, 17, 0).atZone(STOCKHOLM).toInstant()));
    execute(job("Task_RefreshCase", first));
    assertThat(first).isWaitingAt("Task_ContactTenant", "Timer_PrepareEviction");
    assertThat(managementService.createJobQuery().processInstanceId(first.getId()).activityId("Boundary_ContactOverdue")
        .singleResult().getDuedate()).isEqualTo(Date.from(LocalDateTime.of(2026, 3, 3, 17, 0).atZone(STOCKHOLM).toInstant()));
    assertThat(taskService.createTaskQuery().processInstanceId(first.getId()).singleResult().getDueDate())
        .isEqualTo(Date.from(LocalDateTime.of(2026, 3, 3, 17, 0).atZone(STOCKHOLM).toInstant()));
    assertThat(managementService.createJobQuery().processInstanceId(first.getId()).activityId("Timer_PrepareEviction")
        .singleResult().getDuedate()).isEqualTo(at(2026, 3, 7, 8));
  }

  @Test
  void aHouseholdWithoutChildrenThatMovesItselfIsFollowedUp() {
    CaseView opened = intake.receive(signal(TestPersonnummer.next(), SignalType.EARLY_WARNING, 0, null, null, null),
        "intake").evictionCase();
    assertThat(opened.contactDeadline()).as("ten working days").isEqualTo(LocalDate.of(2026, 3, 16));
    ProcessInstance pi = instance(opened);
    staff.complete(pi, "Task_ContactTenant", "bosamordnare",
        Map.of("channel", "PHONE", "attemptDate", "2026-03-02", "reached", true, "childrenInHousehold", 0,
            "outOfOrderReason", "Hyresvärden gav ett telefonnummer"));
    assertThat(pi).isWaitingAt("Task_LandlordContact", "Catch_EvictionDateSet");
    staff.complete(pi, "Task_LandlordContact", "bosamordnare",
        Map.of("landlordContactDate", "2026-03-02", "landlordChannel", "EMAIL", "landlordResult", "NO_AGREEMENT"));
    staff.complete(pi, "Task_RecordOutcome", "bosamordnare", Map.of("outcome", "MOVED", "outcomeDate", "2026-03-02",
        "childrenAffected", 0, "journalText", "Hyresgästen har flyttat till en egen lägenhet."));
    assertThat(cases.get(opened.caseId()).outcome()).isEqualTo(Outcome.MOVED);
    assertThat(cases.get(opened.caseId()).daysToFirstContact()).isZero();

    // moved: the same follow-up contact as a prevented eviction, three months on
    assertThat(pi).isWaitingAt("Timer_FollowUp").isNotWaitingAt("Catch_EvictionDateSet");
    assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).activityId("Timer_FollowUp")
        .singleResult().getDuedate())
        .isEqualTo(Date.from(at(2026, 3, 2, 9).toInstant().atZone(ZoneId.systemDefault()).plusMonths(3).toInstant()));
    staff.moveClockTo(at(2026, 6, 3, 9), pi);
    staff.complete(pi, "Task_FollowUpContact", "bosamordnare", Map.of("followUpDate", "2026-06-03"));
    assertThat(pi).isEnded().hasPassed("EndEvent_FollowedUp").hasNotPassed("EndEvent_Closed");
  }

  @Test
  void aDisturbanceForAChainClientNobodyAnswersIsMetWithTheLandlordAndWithdrawn() {
    String pnr = TestPersonnummer.next();
    String journey = chainClient(referrals, pnr);
    ProcessInstance pi = instance(intake.receive(signal(pnr, SignalType.DISTURBANCE, 0, null, null, null), "intake")
        .evictionCase());
    assertThat(runtimeService.getVariable(pi.getId(), "chainJourneyCaseNumber")).isEqualTo(journey);
    staff.complete(pi, "Task_ChainCoordination", "case-manager", Map.of("coordinatedOn", "2026-03-02", "coordinated", true));
    for (String channel : java.util.List.of("LETTER", "PHONE", "HOME_VISIT")) {
      staff.complete(pi, "Task_ContactTenant", "bosamordnare",
          Map.of("channel", channel, "attemptDate", "2026-03-02", "reached", false));
    }
    staff.complete(pi, "Task_ContinueWithoutContact", "bosamordnare", Map.of("continueConfirmed", true));
    assertThat(pi).isWaitingAt("Task_LandlordMeeting", "Task_ContactTenant").isNotWaitingAt("Task_LandlordContact");
    staff.complete(pi, "Task_LandlordMeeting", "bosamordnare",
        Map.of("landlordMeetingDate", "2026-03-02", "meetingResult", "NOTICE_WITHDRAWN"));
    staff.complete(pi, "Task_RecordOutcome", "bosamordnare", Map.of("outcome", "WITHDRAWN", "outcomeDate", "2026-03-02",
        "childrenAffected", 0, "journalText", "Hyresvärden återkallade uppsägningen efter mötet."));
    assertThat(pi).isEnded().hasPassed("EndEvent_Closed").hasNotPassed("Timer_FollowUp");
  }

  @Test
  void anEvictionDateLearntLaterStartsThePreparation() {
    String pnr = TestPersonnummer.next();
    CaseView opened = intake.receive(signal(pnr, SignalType.RENT_ARREARS, 0, null, null, null), "intake").evictionCase();
    assertThat(opened.reclaimDeadline()).as("unknown while the dates are unknown").isNull();
    ProcessInstance pi = instance(opened);
    assertThat(pi).isWaitingAt("Task_ContactTenant", "Catch_EvictionDateSet", "Task_DecideAid");
    CaseView updated = intake.receive(new Signal("KFM-" + pnr, SignalSource.KRONOFOGDEN, SignalType.EVICTION_DATE_SET,
        pnr, "Tove Ek", "Sveavägen 1", "11359", "Stockholm", null, null, null, null, null, null,
        LocalDateTime.of(2026, 4, 20, 10, 0)), "intake").evictionCase();
    assertThat(updated.evictionDate()).isEqualTo(LocalDateTime.of(2026, 4, 20, 10, 0));
    assertThat(pi).isWaitingAt("Task_ContactTenant", "Catch_EvictionDateSet", "Task_RefreshCase");
    execute(job("Task_RefreshCase", pi));
    assertThat(pi).isWaitingAt("Task_ContactTenant", "Timer_PrepareEviction");
    assertThat(pi).isNotWaitingAt("Catch_EvictionDateSet", "Task_RefreshCase");
    assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).activityId("Timer_PrepareEviction")
        .singleResult().getDuedate()).isEqualTo(at(2026, 4, 15, 8));
  }

  // --- helpers --------------------------------------------------------------------------------

  private ProcessInstance instance(CaseView c) {
    started.add(c.processInstanceId());
    return runtimeService.createProcessInstanceQuery().processInstanceId(c.processInstanceId()).singleResult();
  }

  /** The person becomes a client with an open client-journey (as after an earlier eviction); its case number. */
  static String chainClient(JourneyReferrals referrals, String pnr) {
    return referrals.referFromEviction(new JourneyReferrals.EvictionReferral(pnr, "Tove Ek", Needs.PSYCHIATRIC, 0,
        se.bofast.housing.Situation.HARBARGE, "Härbärget Skarpnäck", "VR-TEST"), "kim");
  }

  static void deleteOpenInstances(RuntimeService runtimeService, java.util.List<String> processInstanceIds) {
    processInstanceIds.stream()
        .filter(id -> runtimeService.createProcessInstanceQuery().processInstanceId(id).count() > 0)
        .forEach(id -> runtimeService.deleteProcessInstance(id, "test over"));
  }

  static Signal signal(String pnr, SignalType type, Integer children, LocalDate served, LocalDate notified,
      LocalDateTime evictionDate) {
    // each household its own lease: the same address and landlord would join one case
    return new Signal("REF-" + pnr + "-" + type, SignalSource.LANDLORD, type, pnr, "Tove Ek",
        HouseholdCaseTest.street(pnr), "113 59", "Stockholm", "Familjebostäder", "556677-8899", children, BigDecimal.valueOf(12400), served, notified,
        evictionDate);
  }

  private static Map<String, Object> startForm(String pnr, String type, int children, String evictionDate) {
    Map<String, Object> form = new HashMap<>(Map.of("source", "KRONOFOGDEN", "signalType", type,
        "tenantPersonalNumber", pnr, "tenantName", "Tove Ek", "street", "Sveavägen 1", "postalCode", "113 59",
        "city", "Stockholm", "childrenInHousehold", children));
    form.put("evictionDate", evictionDate);
    return form;
  }

  private static Date at(int y, int m, int d, int hour) {
    return Date.from(LocalDateTime.of(y, m, d, hour, 0).atZone(STOCKHOLM).toInstant());
  }
}
