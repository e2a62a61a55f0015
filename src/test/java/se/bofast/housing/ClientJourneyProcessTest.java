package se.bofast.housing;

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
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
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
import se.bofast.housing.JourneyViews.JourneyView;
import se.bofast.housing.JourneyViews.PlacementView;
import se.bofast.platform.web.InvalidInputException;
import se.bofast.landlord.LandlordConstants;
import se.bofast.landlord.ContactLog;
import se.bofast.landlord.LeaseAgreements;
import se.bofast.landlord.PartnerRegister;
import se.bofast.landlord.PartnerKind;
import se.bofast.support.AppTest;
import se.bofast.support.ProcessCoverage;
import se.bofast.support.Staff;
import se.bofast.support.TestPersonnummer;

/** Every path of client-journey, each task completed by a member of its candidate group. */
@AppTest
@Import({ProcessEngineCoverageConfiguration.class, ClientJourneyProcessTest.Coverage.class})
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class ClientJourneyProcessTest {

  @TestConfiguration
  static class Coverage {
    @Bean
    @Primary
    ProcessEngineCoverageProperties processEngineCoverageProperties() {
      return ProcessCoverage.atLeastRequired(LandlordConstants.PROCESS_KEY);
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
  @Autowired HistoryService historyService;
  @Autowired JourneyViews journeys;
  @Autowired JourneyPlacements placements;
  @Autowired ApartmentService apartments;
  @Autowired JdbcTemplate jdbc;
  @Autowired PartnerRegister landlords;
  @Autowired LeaseAgreements landlordAgreements;
  @Autowired ContactLog landlordContacts;
  @Autowired JourneyMessages messages;
  @Autowired PlacementReviews reviews;

  Staff staff;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    staff = new Staff(HousingConstants.PROCESS_KEY, identityService, formService, taskService, managementService, repositoryService);
    at(2026, 1, 5);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  // ---------------------------------------------------------------------------------------

  @Test
  void fromTheShelterToAnOwnLeaseThroughEveryStep() {
    // the in-memory database is shared by the suite: free apartments other test classes left
    // (HousingApiTest) must not be reserved instead of this test's own
    occupyAllApartments(Step.TRANINGSLAGENHET);
    occupyAllApartments(Step.FORSOKSLAGENHET);
    long trainingApartment = apartments.add("Sveavägen 1", "113 59", "Stockholm", "Familjebostäder",
        Step.TRANINGSLAGENHET).id();
    long trialApartment = apartments.add("Odengatan 2", "113 22", "Stockholm", "Svenska Bostäder",
        Step.FORSOKSLAGENHET).id();
    // an unidentified person at the shelter
    ProcessInstance pi = staff.start("case-manager", Map.of("clientType", "UNIDENTIFIED", "alias", "Sjömannen",
        "needs", "ADDICTION", "situation", "HARBARGE", "shelterName", "Härbärget Skarpnäck"));
    assertThat(pi).isWaitingAt("Task_OutreachContact");
    assertThat(runtimeService.getVariable(pi.getId(), "clientDisplayName")).isEqualTo("Sjömannen (oidentifierad)");
    String caseNumber = (String) runtimeService.getVariable(pi.getId(), "caseNumber");
    assertThat(caseNumber).matches("VK-2026-\\d{5}");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult()
        .getBusinessKey()).isEqualTo(caseNumber);

    // weekly outreach until the person is identified
    staff.complete(pi, "Task_OutreachContact", "case-manager",
        Map.of("contactDate", "2026-01-05", "met", true, "outreachOutcome", "CONTINUE"));
    assertThat(pi).isWaitingAt("Timer_NextOutreach");
    staff.moveClockTo(date(2026, 1, 12, 9), pi);
    assertThat(pi).isWaitingAt("Task_OutreachContact");
    String pnr = TestPersonnummer.next();
    staff.complete(pi, "Task_OutreachContact", "case-manager", Map.of("contactDate", "2026-01-12", "met", true,
        "personalNumber", pnr, "firstName", "Sune", "lastName", "Mangs", "outreachOutcome", "READY_FOR_ASSESSMENT"));
    assertThat(runtimeService.getVariable(pi.getId(), "clientDisplayName")).isEqualTo("Sune M.");

    staff.complete(pi, "Task_Assessment", "case-manager", Map.of("asiDone", true, "assessmentDate", "2026-01-12",
        "treatmentCompletedOn", "2025-11-30", "drugFreeSince", "2025-06-01", "childrenInHousehold", 0));
    decide(pi, "BEHANDLING", "Nämndemansgården", "2026-01-19");
    assertThat(pi).isWaitingAt("Timer_Review");

    reviewAt(pi, date(2026, 4, 12, 9), "socialsekreterare", 0, "FORWARD");
    decide(pi, "INACKORDERINGSHEM", "Inackorderingshemmet Tallen", "2026-04-14");

    reviewAt(pi, date(2026, 7, 12, 9), "socialsekreterare", 1, "FORWARD");
    decide(pi, "TRANINGSLAGENHET", null, null);
    moveIntoApartment(pi, "2026-07-20");
    assertThat(apartments.get(trainingApartment).status()).isEqualTo(ApartmentStatus.OCCUPIED);

    reviewAt(pi, date(2026, 10, 12, 9), "boendelots", 2, "FORWARD");
    decide(pi, "FORSOKSLAGENHET", null, null);
    moveIntoApartment(pi, "2026-10-19");
    assertThat(apartments.get(trainingApartment).status()).as("training apartment handed back").isEqualTo(ApartmentStatus.FREE);

    // regular reviews during the trial period, then the takeover request at its end (12 months)
    for (LocalDate review : List.of(LocalDate.of(2027, 1, 12), LocalDate.of(2027, 4, 12),
        LocalDate.of(2027, 7, 12), LocalDate.of(2027, 10, 12))) {
      reviewAt(pi, date(review.atTime(9, 0)), "boendelots", 2, "STAY");
    }
    staff.moveClockTo(date(2027, 10, 19, 9), pi);
    assertThat(pi).isWaitingAt("Task_RequestTakeover");
    staff.complete(pi, "Task_RequestTakeover", "bosamordnare", Map.of("landlordApproved", "true"));
    staff.runDueJobs(pi);
    assertThat(pi).isEnded().hasPassed("EndEvent_OwnLease");

    JourneyView journey = journeys.viewByCaseNumber(caseNumber);
    assertThat(journey.open()).isFalse();
    assertThat(journey.closeReason()).isEqualTo(CloseReason.OWN_LEASE);
    assertThat(journey.outreachContacts()).isEqualTo(2);
    assertThat(journey.placements()).extracting(PlacementView::step, PlacementView::startDate,
            PlacementView::endDate, PlacementView::endReason, PlacementView::gapDaysBefore)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Step.HARBARGE, d(2026, 1, 5), d(2026, 1, 19), EndReason.MOVED_ON, null),
            org.assertj.core.groups.Tuple.tuple(Step.BEHANDLING, d(2026, 1, 19), d(2026, 4, 14), EndReason.MOVED_ON, 0),
            org.assertj.core.groups.Tuple.tuple(Step.INACKORDERINGSHEM, d(2026, 4, 14), d(2026, 7, 20), EndReason.MOVED_ON, 0),
            org.assertj.core.groups.Tuple.tuple(Step.TRANINGSLAGENHET, d(2026, 7, 20), d(2026, 10, 19), EndReason.MOVED_ON, 0),
            org.assertj.core.groups.Tuple.tuple(Step.FORSOKSLAGENHET, d(2026, 10, 19), d(2027, 10, 19), EndReason.TAKEOVER, 0),
            org.assertj.core.groups.Tuple.tuple(Step.EGET_KONTRAKT, d(2027, 10, 19), null, null, 0));
    assertThat(journey.placements()).extracting(PlacementView::dayCostSek)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(bd(1030), bd(1030), bd(1030), bd(1030), bd(1030), bd(0));
    assertThat(journey.placements().get(3).apartmentId()).isEqualTo(trainingApartment);
    assertThat(journey.placements().get(4).apartmentId()).isEqualTo(trialApartment);
    assertThat(apartments.list()).extracting(ApartmentService.ApartmentView::id)
        .as("the taken-over apartment has left the district's stock").doesNotContain(trialApartment);
  }

  @Test
  void personalDataNeverReachesProcessVariablesOrHistory() {
    String pnr = TestPersonnummer.next();
    ProcessInstance pi = staff.start("socialsekreterare", Map.of("clientType", "NEW_IDENTIFIED",
        "personalNumber", pnr, "firstName", "Greta", "lastName", "Lind", "needs", "BOTH",
        "situation", "OTHER", "childrenInHousehold", 2));
    assertThat(pi).isWaitingAt("Task_Assessment");
    assertThat(runtimeService.getVariables(pi.getId())).doesNotContainKeys("personalNumber", "firstName", "lastName")
        .containsEntry("clientDisplayName", "Greta L.").containsEntry("complexNeeds", true);
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableNameIn("personalNumber", "firstName", "lastName").count()).isZero();
    assertThat(historyService.createHistoricDetailQuery().processInstanceId(pi.getId()).list())
        .noneMatch(d -> d.toString().contains(pnr.substring(9)) || d.toString().contains("Lind"));
  }

  @Test
  void clientsWithComplexNeedsAreReviewedByTheCaseManager() {
    ProcessInstance pi = identifiedClient("BOTH");
    decide(pi, "STODBOENDE", "Stödboendet Gläntan", "2026-01-10");
    staff.moveClockTo(date(2026, 4, 5, 9), pi);
    assertThat(pi).isWaitingAt("Task_Review");
    // stay once, then back to an earlier step
    assertThat(candidateGroups(pi, "Task_Review")).as("placement-reviewer.dmn: complex needs first")
        .containsExactly("case-manager");
    staff.complete(pi, "Task_Review", "case-manager", Map.of("visitsPerWeek", 5, "reviewOutcome", "STAY"));
    // Task_RecordReview runs in the completion (no job): the review is kim's, not the job executor's
    assertThat(pi).isWaitingAt("Timer_Review");
    assertThat(journeyOf(pi).supportRecommendation()).isEqualTo("supported-housing");
    assertThat(jdbc.queryForList("SELECT recorded_by FROM placement_review WHERE journey_id = ?", String.class,
        journeyOf(pi).id())).containsExactly("kim");
    reviewAt(pi, date(2026, 7, 5, 9), "case-manager", 3, "BACK");
    assertThat(pi).isWaitingAt("Task_DecideInsats");
    assertThat(journeyOf(pi).supportRecommendation()).isEqualTo("own-apartment-with-support");
    assertThat(journeyOf(pi).reviews()).isEqualTo(2);
  }

  @Test
  void notEligibleForATrainingApartmentGoesBackToTheDecisionWithTheReason() {
    ProcessInstance pi = identifiedClient("ADDICTION");
    staff.complete(pi, "Task_DecideInsats", "socialsekreterare", Map.of("decidedStep", "TRANINGSLAGENHET"));
    assertThat(pi).as("refused in the decision's own transaction, no job in between")
        .isWaitingAt("Task_DecideInsats");
    String reason = (String) runtimeService.getVariable(pi.getId(), "ineligibleReason");
    assertThat(reason).startsWith("Missbruksbehandlingen är inte avslutad");
    assertThat(journeyOf(pi).ineligibleReason()).isEqualTo(reason);
    decide(pi, "BEHANDLING", "Behandlingshemmet Vägen ut", "2026-01-06");
    assertThat(journeyOf(pi).placements()).extracting(PlacementView::step).containsExactly(Step.BEHANDLING);
  }

  @Test
  void eligibleWithoutAFreeApartmentWaitsInTheQueueUntilOneIsFree() {
    occupyAllApartments(Step.FORSOKSLAGENHET);
    ProcessInstance pi = identifiedClient("ADDICTION", "2025-10-01", "2025-05-01");
    staff.complete(pi, "Task_DecideInsats", "socialsekreterare", Map.of("decidedStep", "FORSOKSLAGENHET"));
    // the referral is written by a job of its own: the boendelots's task appears when it has run
    assertThat(pi).isWaitingAt("Task_WriteReferral");
    assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
    execute(job("Task_WriteReferral", pi));
    assertThat(pi).isWaitingAt("Task_FirstContact");
    staff.complete(pi, "Task_FirstContact", "boendelots", Map.of("firstContactDate", "2026-01-05"));
    assertThat(pi).isWaitingAt("Gateway_Queue");
    assertThat(journeyOf(pi).referralDate()).isEqualTo(d(2026, 1, 5));

    // the weekly recheck finds nothing and the client stays in the queue
    staff.moveClockTo(date(2026, 1, 12, 10), pi);
    assertThat(pi).isWaitingAt("Gateway_Queue");
    assertThat(pi).hasPassed("Timer_RecheckApartment");

    // a new apartment in the stock wakes the first in the queue, who reserves it in the same
    // transaction (Task_ReserveApartment is synchronous): the answer already says so
    ApartmentService.ApartmentView added = apartments.add("Hornsgatan 3", "118 20", "Stockholm", "Stockholmshem",
        Step.FORSOKSLAGENHET);
    assertThat(added.status()).isEqualTo(ApartmentStatus.RESERVED);
    assertThat(pi).isWaitingAt("Task_PrepareMoveIn");
  }

  @Test
  void aRelapseKeepsTheApartmentAndGivesTheTeamATaskToAgreeOnSupport() {
    long apartment = apartments.add("Återfallsgatan 1", "113 50", "Stockholm", "Familjebostäder",
        Step.TRANINGSLAGENHET).id();
    occupyAllApartmentsExcept(Step.TRANINGSLAGENHET, apartment);
    ProcessInstance pi = identifiedClient("ADDICTION", "2025-10-01", "2025-05-01");
    decide(pi, "TRANINGSLAGENHET", null, null);
    moveIntoApartment(pi, "2026-01-07");
    String caseNumber = journeyOf(pi).caseNumber();
    at(2026, 2, 2);
    messages.reportInterruption(caseNumber, InterruptionCause.RELAPSE, d(2026, 1, 30), "lotta");

    PlacementView training = journeyOf(pi).placements().get(0);
    assertThat(training.endDate()).as("a relapse is no termination: the placement goes on").isNull();
    assertThat(apartments.get(apartment).status()).as("the client keeps the apartment").isEqualTo(ApartmentStatus.OCCUPIED);
    assertThat(journeyOf(pi).relapses()).extracting(Relapses.RelapseView::relapseDate, Relapses.RelapseView::support)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(d(2026, 1, 30), null));
    assertThat(pi).isWaitingAt("Task_AgreeRelapseSupport", "Timer_Review");
    assertThat(candidateGroups(pi, "Task_AgreeRelapseSupport"))
        .containsExactlyInAnyOrder("boendelots", "case-manager", "socialsekreterare");
    String taskId = taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("Task_AgreeRelapseSupport").singleResult().getId();
    assertThat(taskService.getVariableLocal(taskId, "clientId")).as("the task names its client")
        .isEqualTo(clientIdOf(pi));
    assertThat(taskService.getVariable(taskId, "relapseDate")).isEqualTo("2026-01-30");

    // the team agrees on intensified support; the text goes to the journal, signed, and nowhere else
    assertThatThrownBy(() -> staff.complete(pi, "Task_AgreeRelapseSupport", "boendelots",
        Map.of("relapseSupport", "INTENSIFIED_SUPPORT")))
        .isInstanceOf(InvalidInputException.class).hasMessage("Ange antal stödbesök per vecka (0–21).");
    staff.complete(pi, "Task_AgreeRelapseSupport", "boendelots", Map.of("relapseSupport", "INTENSIFIED_SUPPORT",
        "agreedVisitsPerWeek", 3, "journalText", "Teamet är överens om tätare boendestöd efter återfallet."));
    assertThat(pi).isWaitingAt("Timer_Review");
    assertThat(journeyOf(pi).relapses().get(0).support()).isEqualTo(RelapseSupport.INTENSIFIED_SUPPORT);
    assertThat(journeyOf(pi).visitsPerWeek()).isEqualTo(3);
    assertThat(jdbc.queryForList("SELECT kind || ':' || written_by || ':' || (signed_by IS NOT NULL)"
        + " FROM client_journal_entry WHERE client_id = ? AND entry_text LIKE 'Teamet är överens%'", String.class,
        clientIdOf(pi))).containsExactly("DECISION:lotta:TRUE");
    assertNoJournalTextIn(pi, "tätare boendestöd");

    // a second relapse, where the lease itself was breached: an uppsägning on a lawful cause
    at(2026, 3, 2);
    messages.reportInterruption(caseNumber, InterruptionCause.RELAPSE, d(2026, 3, 1), "lotta");
    assertThatThrownBy(() -> staff.complete(pi, "Task_AgreeRelapseSupport", "socialsekreterare",
        Map.of("relapseSupport", "TERMINATION", "terminationDate", "2026-03-02")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("Ange grunden för uppsägningen");
    staff.complete(pi, "Task_AgreeRelapseSupport", "socialsekreterare", Map.of("relapseSupport", "TERMINATION",
        "terminationCause", "UNPAID_RENT", "terminationDate", "2026-03-02"));
    staff.runDueJobs(pi);
    assertThat(pi).isWaitingAt("Task_Assessment");
    PlacementView ended = journeyOf(pi).placements().get(0);
    assertThat(ended.endDate()).isEqualTo(d(2026, 3, 2));
    assertThat(ended.endReason()).isEqualTo(EndReason.TERMINATED);
    assertThat(ended.terminationCause()).isEqualTo(TerminationCause.UNPAID_RENT);
    assertThat(journeyOf(pi).relapses()).extracting(Relapses.RelapseView::support)
        .containsExactly(RelapseSupport.INTENSIFIED_SUPPORT, RelapseSupport.TERMINATION);
    assertThat(apartments.get(apartment).status()).isEqualTo(ApartmentStatus.FREE);
  }

  @Test
  void aTemporaryStayAfterARelapseKeepsTheApartment() {
    ProcessInstance pi = identifiedClient("ADDICTION");
    decide(pi, "INACKORDERINGSHEM", "Inackorderingshemmet Eken", "2026-01-07");
    at(2026, 2, 1);
    messages.reportInterruption(journeyOf(pi).caseNumber(), InterruptionCause.RELAPSE, d(2026, 1, 30), "kim");
    staff.complete(pi, "Task_AgreeRelapseSupport", "case-manager",
        Map.of("relapseSupport", "TEMPORARY_STAY", "temporaryStep", "BEHANDLING"));
    assertThat(pi).isWaitingAt("Timer_Review");
    assertThat(journeyOf(pi).placements().get(0).endDate()).isNull();
    assertThat(journeyOf(pi).relapses().get(0).temporaryStep()).isEqualTo(Step.BEHANDLING);
  }

  @Test
  void aStepEndedOnDayDAndTheNextPlacementOnDPlus5GivesFiveGapDays() {
    ProcessInstance pi = identifiedClient("ADDICTION");
    decide(pi, "BEHANDLING", "Nämndemansgården", "2026-01-07");
    at(2026, 2, 10);
    messages.reportInterruption(journeyOf(pi).caseNumber(), InterruptionCause.DISCHARGED, d(2026, 2, 9), "kim");
    staff.runDueJobs(pi);
    assertThat(pi).isWaitingAt("Task_Assessment");
    PlacementView treatment = journeyOf(pi).placements().get(0);
    assertThat(treatment.endDate()).isEqualTo(d(2026, 2, 9));
    assertThat(treatment.endReason()).isEqualTo(EndReason.STEP_ENDED);
    assertThat(treatment.stepEndCause()).isEqualTo(StepEndCause.DISCHARGED);
    assertThat(treatment.terminationCause()).as("not a termination").isNull();

    staff.complete(pi, "Task_Assessment", "case-manager", Map.of("asiDone", true, "assessmentDate", "2026-02-10"));
    decide(pi, "INACKORDERINGSHEM", "Inackorderingshemmet Tallen", "2026-02-14");
    JourneyView journey = journeyOf(pi);
    assertThat(journey.placements().get(1).gapDaysBefore()).isEqualTo(5);
    assertThat(journey.placements().get(1).previousPlacementId()).isEqualTo(treatment.id());
    assertThat(journey.transitions()).containsExactly(new JourneyViews.TransitionView(Step.BEHANDLING,
        Step.INACKORDERINGSHEM, d(2026, 2, 9), EndReason.STEP_ENDED, d(2026, 2, 14), 5));
    assertThat(journey.gapDays()).isEqualTo(5);
  }

  @Test
  void theSupportIntensityRecommendationComesBeforeTheReviewAndGoingAgainstItNeedsAStoredReason() {
    apartments.add("Stödgatan 4", "113 51", "Stockholm", "Familjebostäder", Step.TRANINGSLAGENHET);
    ProcessInstance pi = identifiedClient("ADDICTION", "2025-10-01", "2025-05-01");
    decide(pi, "TRANINGSLAGENHET", null, null);
    moveIntoApartment(pi, "2026-01-07");
    staff.moveClockTo(date(2026, 4, 7, 9), pi);
    assertThat(pi).as("the decision ran before the form").hasPassed("Task_CheckSupportIntensity")
        .isWaitingAt("Task_Review");
    assertThat(runtimeService.getVariable(pi.getId(), "supportRecommendation")).as("no visits known yet").isNull();
    assertThatThrownBy(() -> staff.complete(pi, "Task_Review", "boendelots",
        Map.of("visitsPerWeek", 4, "reviewOutcome", "STAY")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Med 4 stödbesök i veckan rekommenderas stödboende. Ange skälet att gå emot rekommendationen.");
    assertThat(pi).isWaitingAt("Task_Review");
    staff.complete(pi, "Task_Review", "boendelots", Map.of("visitsPerWeek", 4, "reviewOutcome", "STAY",
        "deviationReason", "Stödboendet har ingen plats; fyra besök i veckan tills vidare.",
        "journalText", "Hembesök: klienten behöver mer stöd än vanligt just nu."));
    assertThat(pi).isWaitingAt("Timer_Review");
    assertThat(jdbc.queryForList("SELECT kind FROM client_journal_entry WHERE client_id = ? AND entry_text LIKE"
        + " 'Hembesök: klienten behöver%' AND signed_by = 'lotta'", String.class, clientIdOf(pi)))
        .containsExactly("VISIT");
    assertNoJournalTextIn(pi, "behöver mer stöd");

    staff.moveClockTo(date(2026, 7, 8, 9), pi);
    assertThat(pi).isWaitingAt("Task_Review");
    assertThat(runtimeService.getVariable(pi.getId(), "supportRecommendation"))
        .as("shown in the form: four visits a week speak for supported housing").isEqualTo("supported-housing");
    assertThat(runtimeService.getVariable(pi.getId(), "visitsPerWeek")).as("the form starts from the visits known")
        .isEqualTo(4);
    staff.complete(pi, "Task_Review", "boendelots", Map.of("visitsPerWeek", 2, "reviewOutcome", "STAY"));
    assertThat(journeyOf(pi).supportRecommendation()).isEqualTo("own-apartment-with-support");
    assertThat(jdbc.queryForList("SELECT deviation_reason FROM placement_review WHERE journey_id = ?"
        + " ORDER BY id", String.class, journeyOf(pi).id()))
        .containsExactly("Stödboendet har ingen plats; fyra besök i veckan tills vidare.", null);
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName("deviationReason").count()).isZero();
    assertThat(historyService.createHistoricDetailQuery().processInstanceId(pi.getId()).list())
        .noneMatch(d -> d.toString().contains("ingen plats"));
    assertThat(runtimeService.getVariables(pi.getId())).doesNotContainKey("deviationReason");
  }

  @Test
  void theTrainingApartmentIsConvertedInPlaceIntoATrialApartmentWithItsOwnTrialPeriod() {
    long apartment = apartments.add("Omvandlingsgatan 6", "113 52", "Stockholm", "Familjebostäder",
        Step.TRANINGSLAGENHET).id();
    occupyAllApartmentsExcept(Step.TRANINGSLAGENHET, apartment);
    occupyAllApartments(Step.FORSOKSLAGENHET);
    ProcessInstance pi = identifiedClient("ADDICTION", "2025-10-01", "2025-05-01");
    decide(pi, "TRANINGSLAGENHET", null, null);
    moveIntoApartment(pi, "2026-01-07");
    reviewAt(pi, date(2026, 4, 7, 9), "boendelots", 2, "CONVERT");
    assertThat(pi).isWaitingAt("Task_ConvertToTrial");
    assertThat(candidateGroups(pi, "Task_ConvertToTrial")).containsExactly("boendelots");
    assertThatThrownBy(() -> staff.complete(pi, "Task_ConvertToTrial", "boendelots",
        Map.of("conversionDate", "2026-04-07", "trialPeriodMonths", 40)))
        .isInstanceOf(InvalidInputException.class).hasMessage("\"Prövotid i månader (12–36)\" ska vara mellan 12 och 36.");
    staff.complete(pi, "Task_ConvertToTrial", "boendelots",
        Map.of("conversionDate", "2026-04-07", "trialPeriodMonths", 24));
    staff.runDueJobs(pi);
    assertThat(pi).isWaitingAt("Timer_Review");
    JourneyView journey = journeyOf(pi);
    assertThat(journey.placements()).extracting(PlacementView::step, PlacementView::apartmentId,
            PlacementView::endDate, PlacementView::endReason, PlacementView::gapDaysBefore,
            PlacementView::trialPeriodMonths)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Step.TRANINGSLAGENHET, apartment, d(2026, 4, 7), EndReason.MOVED_ON,
                null, null),
            org.assertj.core.groups.Tuple.tuple(Step.FORSOKSLAGENHET, apartment, null, null, 0, 24));
    assertThat(journey.transitions()).extracting(JourneyViews.TransitionView::fromStep,
        JourneyViews.TransitionView::toStep, JourneyViews.TransitionView::gapDays)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Step.TRANINGSLAGENHET, Step.FORSOKSLAGENHET, 0));
    ApartmentService.ApartmentView converted = apartments.get(apartment);
    assertThat(converted.kind()).isEqualTo(Step.FORSOKSLAGENHET);
    assertThat(converted.status()).as("never released to the queue").isEqualTo(ApartmentStatus.OCCUPIED);
    // the takeover comes at the end of this contract's own trial period: 24 months, not the default 12
    assertThat(reviews.nextReview(journey.id(), null)).isEqualTo(new PlacementReviews.NextReview(d(2026, 7, 7), false));
    assertThat(reviews.nextReview(journey.id(), d(2028, 4, 6)).takeoverDue()).isFalse();
    assertThat(reviews.nextReview(journey.id(), d(2028, 4, 7)).takeoverDue()).isTrue();
  }

  @Test
  void aTrialContractsOwnTrialPeriodIsBetweenOneAndThreeYears() {
    apartments.add("Prövogatan 8", "113 53", "Stockholm", "Familjebostäder", Step.FORSOKSLAGENHET);
    ProcessInstance pi = identifiedClient("ADDICTION", "2025-10-01", "2025-05-01");
    decide(pi, "FORSOKSLAGENHET", null, null);
    staff.complete(pi, "Task_FirstContact", "boendelots", Map.of("firstContactDate", "2026-01-05"));
    staff.complete(pi, "Task_PrepareMoveIn", "boendelots", Map.of("rentPlanned", true));
    assertThatThrownBy(() -> staff.complete(pi, "Task_SecondHandContract", "boendelots",
        Map.of("contractSignedOn", "2026-01-06", "trialPeriodMonths", 11)))
        .isInstanceOf(InvalidInputException.class).hasMessage("\"Prövotid i månader (12–36)\" ska vara mellan 12 och 36.");
    staff.complete(pi, "Task_SecondHandContract", "boendelots",
        Map.of("contractSignedOn", "2026-01-06", "trialPeriodMonths", 36));
    staff.complete(pi, "Task_MoveIn", "boendelots", Map.of("moveInDate", "2026-01-06"));
    staff.runDueJobs(pi);
    assertThat(journeyOf(pi).placements().get(0).trialPeriodMonths()).isEqualTo(36);
    assertThat(runtimeService.getVariables(pi.getId())).doesNotContainKey("trialPeriodMonths");
  }

  @Test
  void refusedTakeoverContinuesTheTrialAndATrainingApartmentIsNeverTakenOver() {
    apartments.add("Ringvägen 9", "118 60", "Stockholm", "Familjebostäder", Step.FORSOKSLAGENHET);
    ProcessInstance pi = identifiedClient("ADDICTION", "2025-10-01", "2025-05-01");
    decide(pi, "FORSOKSLAGENHET", null, null);
    staff.complete(pi, "Task_FirstContact", "boendelots", Map.of("firstContactDate", "2026-01-05"));
    moveIntoApartment(pi, "2026-01-08");
    for (int month : new int[] {4, 7, 10}) {
      reviewAt(pi, date(2026, month, 5, 9), "boendelots", 1, "STAY");
    }
    reviewAt(pi, date(2027, 1, 5, 9), "boendelots", 1, "STAY");
    staff.moveClockTo(date(2027, 1, 8, 9), pi);
    assertThat(pi).isWaitingAt("Task_RequestTakeover");
    staff.complete(pi, "Task_RequestTakeover", "bosamordnare",
        Map.of("landlordApproved", "false", "newReviewDate", "2027-07-01"));
    assertThat(pi).isWaitingAt("Timer_Review");
    Date next = (Date) runtimeService.getVariable(pi.getId(), "nextReviewAt");
    assertThat(next.toInstant().atZone(STOCKHOLM).toLocalDate()).isEqualTo(d(2027, 7, 1));
    assertThat(journeyOf(pi).placements().get(0).takeoverRefusedOn()).isEqualTo(d(2027, 1, 8));
    // the refusal returns the journey to its regular reviews: 2027-07-01 is before the earliest new
    // request (takeover-retry-after P6M from 2027-01-08), so it is a review, not the landlord again
    reviewAt(pi, date(2027, 7, 1, 9), "boendelots", 1, "STAY");
    next = (Date) runtimeService.getVariable(pi.getId(), "nextReviewAt");
    assertThat(next.toInstant().atZone(STOCKHOLM).toLocalDate()).isEqualTo(d(2027, 7, 8));
    staff.moveClockTo(date(2027, 7, 8, 9), pi);
    assertThat(pi).as("a new request six months after the refusal").isWaitingAt("Task_RequestTakeover");
    assertThat(journeyOf(pi).placements()).extracting(PlacementView::step).containsExactly(Step.FORSOKSLAGENHET);

    assertThatThrownBy(() -> placements.takeOver(trainingJourney(), "bosse"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("träningslägenhet");
  }

  @Test
  void aRegisteredLandlordIsAskedThroughLandlordRelationsAndTheAnswerComesBack() {
    occupyAllApartments(Step.FORSOKSLAGENHET);
    long partner = landlords.create(new PartnerRegister.NewPartner(PartnerKind.LANDLORD, "Svenska Bostäder",
        "556036-0793", null)).id();
    long apartment = apartments.add("Kungsholmsgatan 12", "112 27", "Stockholm", "Svenska Bostäder",
        Step.FORSOKSLAGENHET).id();
    landlordAgreements.addAgreement(partner, apartment, LocalDate.of(2026, 1, 1));
    ProcessInstance landlordProcess = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(LandlordConstants.PROCESS_KEY).processInstanceBusinessKey(String.valueOf(partner))
        .singleResult();

    ProcessInstance pi = identifiedClient("ADDICTION", "2025-10-01", "2025-05-01");
    String caseNumber = (String) runtimeService.getVariable(pi.getId(), "caseNumber");
    decide(pi, "FORSOKSLAGENHET", null, null);
    staff.complete(pi, "Task_FirstContact", "boendelots", Map.of("firstContactDate", "2026-01-05"));
    moveIntoApartment(pi, "2026-01-05");
    for (LocalDate review : List.of(LocalDate.of(2026, 4, 5), LocalDate.of(2026, 7, 5), LocalDate.of(2026, 10, 5))) {
      reviewAt(pi, date(review.atTime(9, 0)), "boendelots", 1, "STAY");
    }

    // the end of the trial: the request goes to the landlord's own process, in a job of its own
    ClockUtil.setCurrentTime(date(2027, 1, 5, 9));
    execute(job("Timer_Review", pi));
    assertThat(pi).isWaitingAt("Task_RouteTakeover");
    assertThat(negotiations(landlordProcess)).as("not asked before the job has run").isZero();
    execute(job("Task_RouteTakeover", pi));
    assertThat(pi).isWaitingAt("Catch_TakeoverAnswered");
    assertThat(negotiations(landlordProcess)).isOne();
    staff.complete(landlordProcess.getId(), "Task_NegotiateTakeover", "bosamordnare", Map.of(
        "contactDate", "2027-01-05", "channel", "MEETING", "landlordApproved", "false", "newReviewDate", "2027-04-01"));
    staff.runDueJobs(landlordProcess.getId());
    assertThat(pi).isWaitingAt("Timer_Review");
    assertThat(landlordContacts.contacts(partner)).extracting(ContactLog.ContactView::journeyCaseNumber)
        .contains(caseNumber);

    // the refusal returns the trial to its regular reviews; the landlord is asked again no earlier
    // than takeover-retry-after (P6M) after the refusal
    reviewAt(pi, date(2027, 4, 1, 9), "boendelots", 1, "STAY");
    reviewAt(pi, date(2027, 7, 1, 9), "boendelots", 1, "STAY");
    assertThat(negotiations(landlordProcess)).as("not asked again at the reviews").isZero();
    staff.moveClockTo(date(2027, 7, 5, 9), pi);
    assertThat(pi).isWaitingAt("Catch_TakeoverAnswered");
    staff.complete(landlordProcess.getId(), "Task_NegotiateTakeover", "bosamordnare",
        Map.of("contactDate", "2027-07-05", "channel", "PHONE", "landlordApproved", "true"));
    staff.runDueJobs(landlordProcess.getId());
    staff.runDueJobs(pi);
    assertThat(pi).isEnded().hasPassed("EndEvent_OwnLease");
    assertThat(journeyOf(pi).placements()).extracting(PlacementView::step)
        .containsExactly(Step.FORSOKSLAGENHET, Step.EGET_KONTRAKT);
    assertThat(landlordProcess).as("the landlord's relation goes on").isNotEnded();
  }

  @Test
  void closingFromAReviewEndsThePlacementAndTheJourney() {
    ProcessInstance pi = identifiedClient("PSYCHIATRIC");
    decide(pi, "STODBOENDE", "Stödboendet Lärkan", "2026-01-05");
    staff.moveClockTo(date(2026, 4, 5, 9), pi);
    staff.complete(pi, "Task_Review", "socialsekreterare",
        Map.of("visitsPerWeek", 1, "reviewOutcome", "CLOSE", "closeReason", "MOVED_AWAY"));
    staff.runDueJobs(pi);
    assertThat(pi).isEnded().hasPassed("EndEvent_Closed");
    JourneyView journey = journeyOf(pi);
    assertThat(journey.closeReason()).isEqualTo(CloseReason.MOVED_AWAY);
    assertThat(journey.placements().get(0).endReason()).isEqualTo(EndReason.CLOSED);
    assertThat(journey.placements().get(0).endDate()).isEqualTo(d(2026, 4, 5));
  }

  @Test
  void outreachCanEndWhenThePersonDeclines() {
    ProcessInstance pi = staff.start("case-manager", Map.of("clientType", "UNIDENTIFIED", "alias", "Röda mössan",
        "needs", "PSYCHIATRIC", "situation", "STREET"));
    staff.complete(pi, "Task_OutreachContact", "case-manager", Map.of("contactDate", "2026-01-05", "met", false,
        "outreachOutcome", "CLOSE", "closeReason", "DECLINED"));
    staff.runDueJobs(pi);
    assertThat(pi).isEnded().hasPassed("EndEvent_Closed");
    assertThat(journeyOf(pi).closeReason()).isEqualTo(CloseReason.DECLINED);
    assertThat(journeyOf(pi).placements()).isEmpty();
  }

  // --- bad input is refused in Tasklist and leaves nothing behind ----------------------------

  @Test
  void badStartFormInputIsRefusedWithASwedishMessageAndNothingStored() {
    int journeysBefore = count("journey");
    int placementsBefore = count("placement");
    long instancesBefore = runtimeService.createProcessInstanceQuery().count();
    assertThatThrownBy(() -> staff.start("case-manager", Map.of("clientType", "EXISTING",
        "personalNumber", TestPersonnummer.next(), "needs", "ADDICTION", "situation", "OTHER")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("Det finns ingen klient");
    assertThatThrownBy(() -> staff.start("case-manager", Map.of("clientType", "UNIDENTIFIED", "alias", "Kalle",
        "needs", "ADDICTION", "situation", "HARBARGE")))
        .isInstanceOf(InvalidInputException.class).hasMessage("Ange vilket härbärge klienten bor på.");
    assertThatThrownBy(() -> staff.start("case-manager", Map.of("clientType", "NEW_IDENTIFIED",
        "personalNumber", "19121212-1213", "firstName", "A", "lastName", "B", "needs", "ADDICTION",
        "situation", "OTHER")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("Ogiltigt personnummer");
    assertThatThrownBy(() -> staff.start("case-manager", Map.of("clientType", "UNIDENTIFIED", "alias", "Kalle",
        "needs", "ADDICTION", "situation", "OTHER", "childrenInHousehold", -1)))
        .isInstanceOf(InvalidInputException.class).hasMessage("\"Antal barn i hushållet\" ska vara mellan 0 och 20.");
    assertThat(count("journey")).isEqualTo(journeysBefore);
    assertThat(count("placement")).isEqualTo(placementsBefore);
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
  }

  @Test
  void aMoveInBeforeTheCurrentPlacementStartedIsRefused() {
    apartments.add("Götgatan 5", "116 46", "Stockholm", "Stockholmshem", Step.TRANINGSLAGENHET);
    ProcessInstance pi = identifiedClient("ADDICTION", "2025-10-01", "2025-05-01");
    decide(pi, "BEHANDLING", "Nämndemansgården", "2026-01-05");
    reviewAt(pi, date(2026, 4, 5, 9), "socialsekreterare", 0, "FORWARD");
    decide(pi, "TRANINGSLAGENHET", null, null);
    staff.complete(pi, "Task_FirstContact", "boendelots", Map.of("firstContactDate", "2026-04-05"));
    staff.complete(pi, "Task_PrepareMoveIn", "boendelots", Map.of("rentPlanned", true));
    staff.complete(pi, "Task_SecondHandContract", "boendelots", Map.of("contractSignedOn", "2026-04-06"));
    assertThatThrownBy(() -> staff.complete(pi, "Task_MoveIn", "boendelots", Map.of("moveInDate", "2026-01-01")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("kan inte vara före");
    assertThat(pi).isWaitingAt("Task_MoveIn");
    assertThatThrownBy(() -> staff.complete(pi, "Task_MoveIn", "boendelots", Map.of("moveInDate", "5/4/2026")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("ska vara ett datum");
  }

  @Test
  void aTaskIsOnlyForItsCandidateGroup() {
    ProcessInstance pi = identifiedClient("ADDICTION");
    assertThat(pi).isWaitingAt("Task_DecideInsats");
    assertThat(staff.as("case-manager", () -> taskService.createTaskQuery().processInstanceId(pi.getId()).count()))
        .as("kim does not see the socialsekreterare's decision").isZero();
    assertThat(staff.as("boendelots", () -> taskService.createTaskQuery().processInstanceId(pi.getId()).count()))
        .isZero();
    assertThat(staff.as("socialsekreterare", () -> taskService.createTaskQuery().processInstanceId(pi.getId()).count()))
        .isOne();
  }

  // --- helpers -------------------------------------------------------------------------------

  private ProcessInstance identifiedClient(String needs) {
    return identifiedClient(needs, null, null);
  }

  /** A new identified client, not at the shelter: straight to assessment, then to the decision. */
  private ProcessInstance identifiedClient(String needs, String treatmentCompletedOn, String drugFreeSince) {
    ProcessInstance pi = staff.start("socialsekreterare", Map.of("clientType", "NEW_IDENTIFIED",
        "personalNumber", TestPersonnummer.next(), "firstName", "Test", "lastName", "Klient", "needs", needs,
        "situation", "OTHER"));
    Map<String, Object> assessment = new HashMap<>(Map.of("asiDone", true, "durDone", true,
        "assessmentDate", "2026-01-05", "complexNeeds", "BOTH".equals(needs)));
    if (treatmentCompletedOn != null) {
      assessment.put("treatmentCompletedOn", treatmentCompletedOn);
      assessment.put("drugFreeSince", drugFreeSince);
    }
    staff.complete(pi, "Task_Assessment", "case-manager", assessment);
    assertThat(pi).isWaitingAt("Task_DecideInsats");
    return pi;
  }

  private void decide(ProcessInstance pi, String step, String place, String startDate) {
    Map<String, Object> form = new HashMap<>(Map.of("decidedStep", step));
    if (place != null) {
      form.put("place", place);
      form.put("startDate", startDate);
    }
    staff.complete(pi, "Task_DecideInsats", "socialsekreterare", form);
    staff.runDueJobs(pi);
  }

  private void moveIntoApartment(ProcessInstance pi, String moveInDate) {
    if (engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("Task_FirstContact").count() > 0) {
      staff.complete(pi, "Task_FirstContact", "boendelots", Map.of("firstContactDate", moveInDate));
    }
    staff.complete(pi, "Task_PrepareMoveIn", "boendelots",
        Map.of("rentPlanned", true, "insuranceArranged", true, "homeEquipped", true));
    staff.complete(pi, "Task_SecondHandContract", "boendelots", Map.of("contractSignedOn", moveInDate));
    staff.complete(pi, "Task_MoveIn", "boendelots", Map.of("moveInDate", moveInDate));
    staff.runDueJobs(pi);
    assertThat(pi).isWaitingAt("Timer_Review");
  }

  private void reviewAt(ProcessInstance pi, Date when, String group, int visits, String outcome) {
    staff.moveClockTo(when, pi);
    assertThat(pi).isWaitingAt("Task_Review");
    assertThat(candidateGroups(pi, "Task_Review")).as("placement-reviewer.dmn").containsExactly(group);
    staff.complete(pi, "Task_Review", group, Map.of("visitsPerWeek", visits, "reviewOutcome", outcome));
    staff.runDueJobs(pi);
  }

  private long negotiations(ProcessInstance landlordProcess) {
    return taskService.createTaskQuery().processInstanceId(landlordProcess.getId())
        .taskDefinitionKey("Task_NegotiateTakeover").count();
  }

  private List<String> candidateGroups(ProcessInstance pi, String taskKey) {
    String taskId = taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskKey)
        .singleResult().getId();
    // candidate links only: a task of a client with a team also names its members (type "team")
    return taskService.getIdentityLinksForTask(taskId).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).map(IdentityLink::getGroupId).toList();
  }

  private long trainingJourney() {
    apartments.add("Folkungagatan 7", "116 22", "Stockholm", "Stockholmshem", Step.TRANINGSLAGENHET);
    ProcessInstance pi = identifiedClient("ADDICTION", "2025-10-01", "2025-05-01");
    decide(pi, "TRANINGSLAGENHET", null, null);
    moveIntoApartment(pi, ClockUtil.getCurrentTime().toInstant().atZone(STOCKHOLM).toLocalDate().toString());
    return journeyOf(pi).id();
  }

  private void occupyAllApartmentsExcept(Step kind, long apartmentId) {
    jdbc.update("UPDATE apartment SET status = 'OCCUPIED' WHERE kind = ? AND status <> 'OCCUPIED' AND id <> ?",
        kind.name(), apartmentId);
  }

  private long clientIdOf(ProcessInstance pi) {
    return journeyOf(pi).clientId();
  }

  /** A form's journal text is in the journal only: not in the variables, not in the history. */
  private void assertNoJournalTextIn(ProcessInstance pi, String fragment) {
    assertThat(runtimeService.getVariables(pi.getId())).doesNotContainKey("journalText");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName("journalText").count()).isZero();
    assertThat(historyService.createHistoricDetailQuery().processInstanceId(pi.getId()).list())
        .noneMatch(detail -> detail.toString().contains(fragment));
  }

  private void occupyAllApartments(Step kind) {
    jdbc.update("UPDATE apartment SET status = 'OCCUPIED' WHERE kind = ? AND status <> 'OCCUPIED'", kind.name());
  }

  private JourneyView journeyOf(ProcessInstance pi) {
    return journeys.view(((Number) historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(pi.getId()).variableName("journeyId").singleResult().getValue()).longValue());
  }

  private int count(String table) {
    return jdbc.queryForObject("SELECT count(*) FROM " + table, Integer.class);
  }

  private static void at(int y, int m, int d) {
    ClockUtil.setCurrentTime(date(y, m, d, 9));
  }

  private static Date date(int y, int m, int d, int hour) {
    return Date.from(LocalDateTime.of(y, m, d, hour, 0).atZone(STOCKHOLM).toInstant());
  }

  private static Date date(LocalDateTime t) {
    return Date.from(t.atZone(STOCKHOLM).toInstant());
  }

  private static LocalDate d(int y, int m, int d) {
    return LocalDate.of(y, m, d);
  }

  private static BigDecimal bd(int v) {
    return BigDecimal.valueOf(v);
  }
}
