package se.bofast.landlord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestExecutionListeners;
import se.bofast.housing.ApartmentService;
import se.bofast.housing.ApartmentService.ApartmentView;
import se.bofast.housing.Step;
import se.bofast.landlord.ApartmentNeeds.NeedView;
import se.bofast.landlord.ContactLog.ContactView;
import se.bofast.landlord.LeaseAgreements.AgreementView;
import se.bofast.landlord.PartnerRegister.NewPartner;
import se.bofast.landlord.PartnerRegister.PartnerView;
import se.bofast.platform.web.InvalidInputException;
import se.bofast.support.AppTest;
import se.bofast.support.ProcessCoverage;
import se.bofast.support.Staff;
import java.time.LocalDate;
import se.bofast.support.TestPersonnummer;
import se.bofast.client.Needs;
import se.bofast.housing.HousingConstants;
import se.bofast.housing.JourneyIntake;
import se.bofast.housing.Situation;

/** Every path of landlord-relations, each task completed by a bosamordnare in the engine's authorizations. */
@AppTest
@Import({ProcessEngineCoverageConfiguration.class, LandlordRelationsProcessTest.Coverage.class})
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class LandlordRelationsProcessTest {

  @TestConfiguration
  static class Coverage {
    @Bean
    @Primary
    ProcessEngineCoverageProperties processEngineCoverageProperties() {
      return ProcessCoverage.atLeastRequired(HousingConstants.PROCESS_KEY);
    }
  }

  static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
  static final String BOSAMORDNARE = "bosamordnare";

  @Autowired ProcessEngine engine;
  @Autowired IdentityService identityService;
  @Autowired FormService formService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired org.camunda.bpm.engine.RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired PartnerRegister landlords;
  @Autowired ContactLog contactLog;
  @Autowired ApartmentNeeds needs;
  @Autowired LeaseAgreements agreements;
  @Autowired ApartmentService apartments;
  @Autowired JdbcTemplate jdbc;
  @Autowired JourneyIntake journeys;
  @Autowired se.bofast.housing.TakeoverRequests takeovers;

  Staff staff;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    staff = new Staff(LandlordConstants.PROCESS_KEY, identityService, formService, taskService, managementService,
        repositoryService);
    ClockUtil.setCurrentTime(date(2026, 1, 5, 9));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  // --- regular contact --------------------------------------------------------------------------

  @Test
  void aRegisteredLandlordIsContactedEveryIntervalUntilDeactivated() {
    PartnerView partner = register(PartnerKind.LANDLORD, "Familjebostäder", null);
    ProcessInstance pi = instance(partner);
    assertThat(pi.getBusinessKey()).isEqualTo(String.valueOf(partner.id()));
    assertThat(partner.contactInterval()).as("the configured default").isEqualTo("P3M");
    assertThat(pi).isWaitingAt("Timer_NextContact");
    assertThat(runtimeService.getVariables(pi.getId())).containsOnlyKeys("partnerId", "partnerName", "partnerKind");
    assertThat(timerDay(pi)).isEqualTo("2026-04-05");

    staff.moveClockTo(date(2026, 4, 5, 10), pi.getId());
    assertThat(pi).isWaitingAt("Task_KeepInTouch");
    Task task = staff.task(pi.getId(), "Task_KeepInTouch", BOSAMORDNARE);
    assertThat(task.getDueDate()).as("keep-in-touch: P14D").isEqualTo(date(2026, 4, 19, 16));
    staff.complete(task, BOSAMORDNARE, Map.of("contactDate", "2026-04-05", "channel", "MEETING",
        "contactSubject", "Kvartalsmöte: två hyresgäster med hyresskulder", "contactOutcome", "Avbetalningsplaner",
        "evictionCaseNumber", "VR-2026-00003"));

    assertThat(pi).isWaitingAt("Timer_NextContact");
    assertThat(timerDay(pi)).as("the next interval from now").isEqualTo("2026-07-05");
    List<ContactView> log = contactLog.contacts(partner.id());
    assertThat(log).singleElement().satisfies(c -> {
      assertThat(c.date()).isEqualTo("2026-04-05");
      assertThat(c.channel()).isEqualTo(ContactChannel.MEETING);
      assertThat(c.subject()).isEqualTo("Kvartalsmöte: två hyresgäster med hyresskulder");
      assertThat(c.outcome()).isEqualTo("Avbetalningsplaner");
      assertThat(c.evictionCaseNumber()).isEqualTo("VR-2026-00003");
      assertThat(c.journeyCaseNumber()).isNull();
      assertThat(c.userId()).isEqualTo("bosse");
    });
    assertThat(runtimeService.getVariables(pi.getId())).as("the form's values went to the register")
        .containsOnlyKeys("partnerId", "partnerName", "partnerKind");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableNameIn("contactSubject", "contactOutcome").count()).as("free text stays out of history").isZero();

    staff.as(BOSAMORDNARE, () -> landlords.deactivate(partner.id()));
    staff.runDueJobs(pi.getId());
    assertThat(pi).isEnded().hasPassed("EndEvent_PartnerDeactivated");
    assertThat(landlords.get(partner.id()).active()).isFalse();
    assertThatThrownBy(() -> landlords.deactivate(partner.id()))
        .isInstanceOf(InvalidInputException.class).hasMessage("Partnern är redan avaktiverad.");
  }

  @Test
  void theContactIntervalComesFromTheRegisterAndCanBeChangedPerPartner() {
    PartnerView partner = register(PartnerKind.KRONOFOGDEN, "Kronofogden, Stockholm", "P6W");
    ProcessInstance pi = instance(partner);
    assertThat(timerDay(pi)).isEqualTo("2026-02-16");

    ClockUtil.setCurrentTime(date(2026, 1, 20, 9));
    assertThat(landlords.changeContactInterval(partner.id(), "P2M").contactInterval()).isEqualTo("P2M");
    assertThat(timerDay(pi)).as("counted from when the timer started").isEqualTo("2026-03-05");
    assertThatThrownBy(() -> landlords.changeContactInterval(partner.id(), "P1D"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("mellan en vecka och två år");
    assertThatThrownBy(() -> landlords.changeContactInterval(partner.id(), "varje månad"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("ISO-8601");
    assertThat(landlords.get(partner.id()).contactInterval()).isEqualTo("P2M");
  }

  // --- acquiring apartments -----------------------------------------------------------------------

  @Test
  void apartmentsObtainedInANegotiationJoinTheStockWithAnAgreement() {
    PartnerView partner = register(PartnerKind.LANDLORD, "Svenska Bostäder", null);
    ProcessInstance pi = instance(partner);
    NeedView training = staff.as(BOSAMORDNARE, () -> needs.raiseApartmentNeed(partner.id(), Step.TRANINGSLAGENHET, 2));
    NeedView trial = staff.as(BOSAMORDNARE, () -> needs.raiseApartmentNeed(partner.id(), Step.FORSOKSLAGENHET, 1));
    assertThat(training.status()).isEqualTo(NeedStatus.OPEN);

    List<Task> negotiations = staff.as(BOSAMORDNARE, () -> taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("Task_NegotiateApartments").taskCandidateGroup(BOSAMORDNARE).list());
    assertThat(negotiations).as("one negotiation per need, beside the regular contact").hasSize(2);
    assertThat(pi).isWaitingAt("Timer_NextContact", "Task_NegotiateApartments");
    Task first = negotiationOf(negotiations, training.id());
    assertThat(taskService.getVariables(first.getId())).containsEntry("needKind", "TRANINGSLAGENHET")
        .containsEntry("needCount", 2).containsEntry("partnerName", "Svenska Bostäder");
    assertThat(first.getDueDate()).as("negotiate-apartments: P30D").isEqualTo(date(2026, 2, 4, 16));

    Map<String, Object> form = contactForm("2026-01-05", "Två träningslägenheter", "Två erbjudna");
    form.putAll(Map.of("obtainedCount", 2,
        "street1", "Sveavägen 10", "postalCode1", "113 59", "city1", "Stockholm",
        "street2", "Odengatan 20", "postalCode2", "11322", "city2", "Stockholm", "kind2", "FORSOKSLAGENHET"));
    staff.complete(first, BOSAMORDNARE, form);
    assertThat(pi).isWaitingAt("Task_AddApartments");
    assertThat(apartmentsOf(partner)).as("added by the next, asynchronous step").isEmpty();

    staff.runDueJobs(pi.getId());
    assertThat(pi).hasPassed("EndEvent_ApartmentsAdded").isWaitingAt("Timer_NextContact", "Task_NegotiateApartments");
    List<ApartmentView> added = apartmentsOf(partner);
    assertThat(added).extracting(ApartmentView::street, ApartmentView::postalCode, ApartmentView::kind)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Sveavägen 10", "11359", Step.TRANINGSLAGENHET),
            org.assertj.core.groups.Tuple.tuple("Odengatan 20", "11322", Step.FORSOKSLAGENHET));
    assertThat(landlords.get(partner.id()).agreements()).extracting(AgreementView::apartmentId, AgreementView::needId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(added.get(0).id(), training.id()),
            org.assertj.core.groups.Tuple.tuple(added.get(1).id(), training.id()));
    assertThat(needs.apartmentNeeds(partner.id())).extracting(NeedView::status, NeedView::obtained)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(NeedStatus.NEGOTIATED, 2),
            org.assertj.core.groups.Tuple.tuple(NeedStatus.OPEN, null));
    assertThat(contactLog.contacts(partner.id())).extracting(ContactView::subject).containsExactly("Två träningslägenheter");

    // the other need: the landlord had nothing to offer this time
    staff.complete(pi.getId(), "Task_NegotiateApartments", BOSAMORDNARE,
        withCount(contactForm("2026-01-05", "En försökslägenhet", "Inget ledigt i vår"), 0));
    assertThat(pi).hasPassed("EndEvent_NoApartments").isWaitingAt("Timer_NextContact");
    assertThat(needs.apartmentNeeds(partner.id()).get(1).obtained()).isZero();
    assertThat(apartmentsOf(partner)).hasSize(2);
    assertThat(runtimeService.getVariables(pi.getId())).containsOnlyKeys("partnerId", "partnerName", "partnerKind");
  }

  @Test
  void deactivationAddsApartmentsAlreadyObtainedAndCancelsOpenNeeds() {
    PartnerView partner = register(PartnerKind.LANDLORD, "Stockholmshem", null);
    ProcessInstance pi = instance(partner);
    NeedView need = staff.as(BOSAMORDNARE, () -> needs.raiseApartmentNeed(partner.id(), Step.FORSOKSLAGENHET, 1));
    NeedView open = staff.as(BOSAMORDNARE, () -> needs.raiseApartmentNeed(partner.id(), Step.FORSOKSLAGENHET, 3));
    Task task = negotiationOf(staff.as(BOSAMORDNARE, () -> taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("Task_NegotiateApartments").list()), need.id());
    Map<String, Object> form = withCount(contactForm("2026-01-05", "Försökslägenhet", "En erbjuden"), 1);
    form.putAll(Map.of("street1", "Hornsgatan 3", "postalCode1", "118 20", "city1", "Stockholm"));
    staff.complete(task, BOSAMORDNARE, form);
    assertThat(pi).isWaitingAt("Task_AddApartments");

    staff.as(BOSAMORDNARE, () -> landlords.deactivate(partner.id()));
    assertThat(pi).isWaitingAt("Task_AddPendingApartments");
    staff.runDueJobs(pi.getId());
    assertThat(pi).isEnded().hasPassed("EndEvent_PartnerDeactivated").hasNotPassed("EndEvent_ApartmentsAdded");
    assertThat(apartmentsOf(partner)).extracting(ApartmentView::street, ApartmentView::kind)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Hornsgatan 3", Step.FORSOKSLAGENHET));
    assertThat(needs.apartmentNeeds(partner.id())).extracting(NeedView::id, NeedView::status)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(need.id(), NeedStatus.NEGOTIATED),
            org.assertj.core.groups.Tuple.tuple(open.id(), NeedStatus.CANCELLED));
    assertThatThrownBy(() -> needs.raiseApartmentNeed(partner.id(), Step.FORSOKSLAGENHET, 1))
        .isInstanceOf(InvalidInputException.class).hasMessage("Partnern är avaktiverad.");
  }

  @Test
  void onlyLandlordsNegotiateApartmentsAndHaveAgreements() {
    PartnerView agency = register(PartnerKind.BOSTADSFORMEDLINGEN, "Bostadsförmedlingen i Stockholm", null);
    assertThatThrownBy(() -> needs.raiseApartmentNeed(agency.id(), Step.TRANINGSLAGENHET, 1))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("bara hyresvärdar");
    PartnerView landlord = register(PartnerKind.LANDLORD, "Micasa", null);
    assertThatThrownBy(() -> needs.raiseApartmentNeed(landlord.id(), Step.BEHANDLING, 1))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("TRANINGSLAGENHET");
    assertThatThrownBy(() -> needs.raiseApartmentNeed(landlord.id(), Step.TRANINGSLAGENHET, 0))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("1–20");
    assertThat(needs.apartmentNeeds(landlord.id())).isEmpty();
    assertThat(taskService.createTaskQuery().processInstanceId(landlord.processInstanceId()).count()).isZero();
  }

  // --- bad input is refused in Tasklist and leaves nothing behind ---------------------------------------

  @Test
  void badFormInputIsRefusedWithASwedishMessageAndNothingIsStored() {
    PartnerView partner = register(PartnerKind.LANDLORD, "Wallenstam", null);
    ProcessInstance pi = instance(partner);
    staff.moveClockTo(date(2026, 4, 6, 9), pi.getId());

    assertRefused(pi, "Task_KeepInTouch", contactForm("2026-04-06", " ", "Bra"), "contactSubject",
        "\"Vad gällde kontakten?\" måste fyllas i.");
    assertRefused(pi, "Task_KeepInTouch", contactForm("2026-04-07", "Möte", "Bra"), "contactDate",
        "Datumet får inte ligga i framtiden.");
    Map<String, Object> badChannel = contactForm("2026-04-06", "Möte", "Bra");
    badChannel.put("channel", "FAX");
    assertRefused(pi, "Task_KeepInTouch", badChannel, "channel", "Ogiltigt val för \"Kontaktsätt\".");
    assertRefused(pi, "Task_KeepInTouch", contactForm("2026-04-06", "x".repeat(501), "Bra"), "contactSubject",
        "\"Vad gällde kontakten?\" får vara högst 500 tecken.");
    assertThat(contactLog.contacts(partner.id())).isEmpty();

    NeedView need = staff.as(BOSAMORDNARE, () -> needs.raiseApartmentNeed(partner.id(), Step.TRANINGSLAGENHET, 1));
    Map<String, Object> badPostalCode = withCount(contactForm("2026-04-06", "Lägenheter", "En"), 1);
    badPostalCode.putAll(Map.of("street1", "Ringvägen 1", "postalCode1", "1234", "city1", "Stockholm"));
    assertRefused(pi, "Task_NegotiateApartments", badPostalCode, "postalCode1",
        "Postnumret för lägenhet 1 ska ha fem siffror, till exempel 113 21.");
    Map<String, Object> missingStreet = withCount(contactForm("2026-04-06", "Lägenheter", "Två"), 2);
    missingStreet.putAll(Map.of("street1", "Ringvägen 1", "postalCode1", "11860", "city1", "Stockholm"));
    assertRefused(pi, "Task_NegotiateApartments", missingStreet, "street2", "Ange gatuadress för lägenhet 2.");
    assertRefused(pi, "Task_NegotiateApartments", withCount(contactForm("2026-04-06", "Lägenheter", "Sex"), 6),
        "obtainedCount", "\"Antal lägenheter hyresvärden erbjöd\" ska vara mellan 0 och 5.");
    Map<String, Object> noOutcome = withCount(contactForm("2026-04-06", "Lägenheter", null), 0);
    assertRefused(pi, "Task_NegotiateApartments", noOutcome, "contactOutcome",
        "\"Resultat av förhandlingen\" måste fyllas i.");

    assertThat(contactLog.contacts(partner.id())).as("no contact logged").isEmpty();
    assertThat(needs.apartmentNeeds(partner.id())).extracting(NeedView::id, NeedView::status)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(need.id(), NeedStatus.OPEN));
    assertThat(jdbc.queryForObject("SELECT count(*) FROM obtained_apartment WHERE partner_id = ?", Integer.class,
        partner.id())).isZero();
    assertThat(pi).isWaitingAt("Task_KeepInTouch", "Task_NegotiateApartments");
  }

  @Test
  void theTasksAreTheBosamordnaresOnly() {
    PartnerView partner = register(PartnerKind.LANDLORD, "Heimstaden", null);
    ProcessInstance pi = instance(partner);
    staff.moveClockTo(date(2026, 4, 6, 9), pi.getId());
    assertThat(pi).isWaitingAt("Task_KeepInTouch");
    for (String group : List.of("case-manager", "boendelots", "socialsekreterare")) {
      assertThat(staff.as(group, () -> taskService.createTaskQuery().processInstanceId(pi.getId()).count()))
          .as(group).isZero();
    }
    assertThat(staff.as(BOSAMORDNARE, () -> taskService.createTaskQuery().processInstanceId(pi.getId()).count()))
        .isOne();
  }

  // --- takeover of a trial apartment ------------------------------------------------------------------

  @Test
  void aTakeoverRequestIsNegotiatedHereAndAnsweredToTheClientsJourney() {
    PartnerView partner = register(PartnerKind.LANDLORD, "Stockholmshem", null);
    long apartment = apartments.add("Ringvägen 100", "118 60", "Stockholm", "Stockholmshem", Step.FORSOKSLAGENHET).id();
    agreements.addAgreement(partner.id(), apartment, LocalDate.of(2026, 1, 1));
    // a journey waiting for the landlord's answer at the end of the trial period
    JourneyIntake.StartedJourney journey = journeys.start(new JourneyIntake.StartCommand(
        JourneyIntake.ClientType.NEW_IDENTIFIED, TestPersonnummer.next(), "Ada", "Lind", null, Needs.ADDICTION, 0,
        Situation.OTHER, null, null), "kim");
    ProcessInstance journeyProcess = runtimeService.createProcessInstanceByKey(HousingConstants.PROCESS_KEY)
        .businessKey(journey.caseNumber())
        .startBeforeActivity("Catch_TakeoverAnswered")
        .setVariables(Map.of("journeyId", journey.journeyId(), "caseNumber", journey.caseNumber(),
            "clientDisplayName", journey.clientDisplayName(), "complexNeeds", false, "currentStep", "FORSOKSLAGENHET"))
        .execute();
    journeys.attachProcessInstance(journey.journeyId(), journeyProcess.getId());

    assertThat(takeovers.request(journey.caseNumber(), apartment, journey.clientDisplayName())).isTrue();
    long otherApartment = apartments.add("Ringvägen 102", "118 60", "Stockholm", "Privat värd", Step.FORSOKSLAGENHET).id();
    assertThat(takeovers.request(journey.caseNumber(), otherApartment, journey.clientDisplayName()))
        .as("no registered landlord for it: client-journey asks from its own task").isFalse();

    ProcessInstance pi = instance(partner);
    assertRefused(pi, "Task_NegotiateTakeover", Map.of("contactDate", "2026-01-05", "channel", "MEETING",
        "landlordApproved", "false"), "newReviewDate", "Ange när försöket ska följas upp igen (ett datum efter i dag).");
    staff.complete(pi.getId(), "Task_NegotiateTakeover", BOSAMORDNARE,
        Map.of("contactDate", "2026-01-05", "channel", "MEETING", "landlordApproved", "true"));
    staff.runDueJobs(pi.getId());

    assertThat(journeyProcess).hasPassed("Catch_TakeoverAnswered", "EndEvent_TakeoverApproved");
    assertThat(runtimeService.getVariable(journeyProcess.getId(), "reviewOutcome")).isEqualTo("TAKEOVER");
    assertThat(contactLog.contacts(partner.id())).first()
        .satisfies(c -> {
          assertThat(c.journeyCaseNumber()).isEqualTo(journey.caseNumber());
          assertThat(c.outcome()).isEqualTo("Godkänd");
        });
    assertThat(pi).as("the relation with the landlord goes on").isWaitingAt("Timer_NextContact");
  }

  // --- helpers ---------------------------------------------------------------------------------------

  private PartnerView register(PartnerKind kind, String name, String interval) {
    return staff.as(BOSAMORDNARE, () -> landlords.create(
        new NewPartner(kind, name, TestOrganisationNumbers.next(), interval)));
  }

  private ProcessInstance instance(PartnerView partner) {
    ProcessInstance pi = runtimeService.createProcessInstanceQuery()
        .processInstanceId(partner.processInstanceId()).singleResult();
    assertThat(pi).as("landlord-relations started for the partner").isNotNull();
    assertThat(pi.getProcessDefinitionId()).startsWith(LandlordConstants.PROCESS_KEY + ":");
    return pi;
  }

  private void assertRefused(ProcessInstance pi, String taskKey, Map<String, Object> form, String field,
      String message) {
    assertThatThrownBy(() -> staff.complete(pi.getId(), taskKey, BOSAMORDNARE, form))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo(field);
          assertThat(e.getMessage()).isEqualTo(message);
        });
  }

  private Task negotiationOf(List<Task> tasks, long needId) {
    return tasks.stream()
        .filter(t -> ((Number) taskService.getVariable(t.getId(), "needId")).longValue() == needId)
        .findFirst().orElseThrow();
  }

  private List<ApartmentView> apartmentsOf(PartnerView partner) {
    List<Long> leased = landlords.get(partner.id()).agreements().stream().map(AgreementView::apartmentId).toList();
    List<ApartmentView> found = apartments.list().stream().filter(a -> leased.contains(a.id())).toList();
    assertThat(found).allSatisfy(a -> assertThat(a.landlordName()).isEqualTo(partner.name()));
    return found;
  }

  /** The day (in Stockholm) the instance's timer falls due. */
  private String timerDay(ProcessInstance pi) {
    return staff.timer(pi.getId()).getDuedate().toInstant().atZone(STOCKHOLM).toLocalDate().toString();
  }

  private static Map<String, Object> contactForm(String date, String subject, String outcome) {
    Map<String, Object> form = new HashMap<>();
    form.put("contactDate", date);
    form.put("channel", "PHONE");
    form.put("contactSubject", subject);
    form.put("contactOutcome", outcome);
    return form;
  }

  private static Map<String, Object> withCount(Map<String, Object> form, int count) {
    form.put("obtainedCount", count);
    return form;
  }

  private static Date date(int y, int m, int d, int hour) {
    return Date.from(LocalDateTime.of(y, m, d, hour, 0).atZone(STOCKHOLM).toInstant());
  }
}
