package se.bofast.housing;

import static se.bofast.platform.web.Inputs.require;
import static se.bofast.platform.web.Inputs.requireText;
import static se.bofast.platform.web.Inputs.notInFuture;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.bofast.client.ClientService;
import se.bofast.client.ClientView;
import se.bofast.client.Needs;
import se.bofast.platform.CaseNumbers;
import se.bofast.platform.process.SystemAccess;
import se.bofast.platform.web.InvalidInputException;
import se.bofast.platform.web.NotFoundException;

/**
 * The housing chain's rules: journeys, placements without gaps, the apartment queue.
 * Called by the client-journey glue inside the engine's transaction, so each process step
 * and its data change commit or roll back together.
 */
@Service
@Transactional
public class JourneyService {

  /** Who the person is when a journey starts (the start form's "clientType"). */
  public enum ClientType { EXISTING, NEW_IDENTIFIED, UNIDENTIFIED }

  /** Where the person is when the journey starts. */
  public enum Situation { HARBARGE, STREET, OTHER }

  public record StartCommand(ClientType clientType, String personalNumber, String firstName, String lastName,
      String alias, Needs needs, Integer childrenInHousehold, Situation situation, String shelterName,
      LocalDate situationSince) {
  }

  public record StartedJourney(long journeyId, String caseNumber, long clientId, String clientDisplayName,
      boolean needsOutreach, boolean complexNeeds) {
  }

  public record NextReview(LocalDate date, boolean takeoverDue) {
  }

  private final JourneyRepository journeys;
  private final PlacementRepository placements;
  private final OutreachContactRepository outreachContacts;
  private final PlacementReviewRepository reviews;
  private final ApartmentService apartments;
  private final ClientService clients;
  private final HousingProperties properties;
  private final CaseNumbers caseNumbers;
  private final RuntimeService runtimeService;
  private final SystemAccess system;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  JourneyService(JourneyRepository journeys, PlacementRepository placements,
      OutreachContactRepository outreachContacts, PlacementReviewRepository reviews, ApartmentService apartments,
      ClientService clients, HousingProperties properties, CaseNumbers caseNumbers,
      RuntimeService runtimeService, SystemAccess system, Clock clock, ApplicationEventPublisher events) {
    this.events = events;
    this.runtimeService = runtimeService;
    this.system = system;
    this.journeys = journeys;
    this.placements = placements;
    this.outreachContacts = outreachContacts;
    this.reviews = reviews;
    this.apartments = apartments;
    this.clients = clients;
    this.properties = properties;
    this.caseNumbers = caseNumbers;
    this.clock = clock;
  }

  // --- aktualisering -------------------------------------------------------------------

  public StartedJourney start(StartCommand cmd, String user) {
    require(cmd.clientType(), "clientType", "Ange vem ärendet gäller.");
    require(cmd.needs(), "needs", "Ange klientens behov (missbruk, psykisk ohälsa eller båda).");
    require(cmd.situation(), "situation", "Ange var klienten befinner sig.");
    if (cmd.childrenInHousehold() != null && cmd.childrenInHousehold() < 0) {
      throw new InvalidInputException("childrenInHousehold", "Antal barn kan inte vara negativt.");
    }
    ClientView client = switch (cmd.clientType()) {
      case EXISTING -> clients.findByPersonalNumber(requireText(cmd.personalNumber(), "personalNumber",
              "Ange klientens personnummer eller samordningsnummer."))
          .orElseThrow(() -> new InvalidInputException("personalNumber",
              "Det finns ingen klient med detta personnummer. Välj \"Ny klient\" för att registrera klienten."));
      case NEW_IDENTIFIED -> clients.registerIdentified(
          requireText(cmd.personalNumber(), "personalNumber", "Ange personnummer eller samordningsnummer."),
          requireText(cmd.firstName(), "firstName", "Ange förnamn."),
          requireText(cmd.lastName(), "lastName", "Ange efternamn."),
          cmd.childrenInHousehold(), cmd.needs(), user);
      case UNIDENTIFIED -> clients.registerUnidentified(
          requireText(cmd.alias(), "alias", "Ange ett alias för den oidentifierade personen."), cmd.needs(), user);
    };
    if (cmd.clientType() == ClientType.EXISTING && cmd.childrenInHousehold() != null) {
      clients.updateHousehold(client.id(), cmd.childrenInHousehold());
    }
    journeys.findFirstByClientIdAndStatus(client.id(), Journey.Status.OPEN)
        .ifPresent(j -> {
          throw new InvalidInputException("personalNumber",
              "Klienten har redan ett öppet ärende i vårdkedjan (" + j.caseNumber + ").");
        });
    boolean complexNeeds = client.complexNeeds() || cmd.needs() == Needs.BOTH;
    Journey journey = journeys.save(new Journey(nextCaseNumber(), client.id(), complexNeeds, now(), user));
    if (cmd.situation() == Situation.HARBARGE) {
      LocalDate since = cmd.situationSince() == null ? today() : cmd.situationSince();
      notInFuture(since, today(), "situationSince");
      openPlacement(journey, Step.HARBARGE,
          requireText(cmd.shelterName(), "shelterName", "Ange vilket härbärge klienten bor på."), null, since, user);
    }
    boolean needsOutreach = !client.identified() || cmd.situation() != Situation.OTHER;
    events.publishEvent(new JourneyStarted(client.id(), journey.caseNumber, complexNeeds));
    return new StartedJourney(journey.id, journey.caseNumber, client.id(), client.displayName(), needsOutreach,
        complexNeeds);
  }

  /**
   * After an eviction: the person is referred to the housing chain so that nobody falls
   * between chairs. Starts client-journey (or finds the client's open journey) and returns
   * its case number.
   */
  public String referFromEviction(String personalNumber, String fullName, Needs needs, Integer childrenInHousehold,
      Situation situation, String shelterName, String evictionCaseNumber) {
    Optional<String> openJourney = clients.findByPersonalNumber(personalNumber)
        .flatMap(c -> journeys.findFirstByClientIdAndStatus(c.id(), Journey.Status.OPEN))
        .map(j -> j.caseNumber);
    if (openJourney.isPresent()) {
      return openJourney.get();
    }
    String[] names = fullName.trim().split("\\s+", 2);
    java.util.Map<String, Object> form = new java.util.HashMap<>();
    form.put("clientType", clients.findByPersonalNumber(personalNumber).isPresent()
        ? ClientType.EXISTING.name() : ClientType.NEW_IDENTIFIED.name());
    form.put("personalNumber", personalNumber);
    form.put("firstName", names[0]);
    form.put("lastName", names.length > 1 ? names[1] : names[0]);
    form.put("needs", needs.name());
    form.put("situation", situation.name());
    if (shelterName != null) {
      form.put("shelterName", shelterName);
    }
    if (childrenInHousehold != null) {
      form.put("childrenInHousehold", childrenInHousehold);
    }
    form.put(HousingConstants.VAR_EVICTION_CASE_NUMBER, evictionCaseNumber);
    String pid = system.call(() -> runtimeService.startProcessInstanceByKey(HousingConstants.PROCESS_KEY, form).getId());
    return (String) system.call(() -> runtimeService.getVariable(pid, HousingConstants.VAR_CASE_NUMBER));
  }

  public void attachProcessInstance(long journeyId, String processInstanceId) {
    journey(journeyId).processInstanceId = processInstanceId;
  }

  // --- outreach and assessment ---------------------------------------------------------

  /** Records an outreach contact; identifies the client when a personal number is given. Returns the display name. */
  public String recordOutreachContact(long journeyId, LocalDate date, boolean met, String personalNumber,
      String firstName, String lastName, String user) {
    Journey journey = openJourney(journeyId);
    require(date, "contactDate", "Ange datum för kontakten.");
    notInFuture(date, today(), "contactDate");
    ClientView client = clients.get(journey.clientId);
    boolean identifiedBefore = client.identified();
    if (personalNumber != null && !personalNumber.isBlank() && !identifiedBefore) {
      client = clients.identify(journey.clientId, personalNumber,
          requireText(firstName, "firstName", "Ange förnamn när klienten identifieras."),
          requireText(lastName, "lastName", "Ange efternamn när klienten identifieras."), user);
    }
    outreachContacts.save(new OutreachContact(journeyId, journey.clientId, date, met, identifiedBefore, user, now()));
    return client.displayName();
  }

  public boolean isClientIdentified(long journeyId) {
    return clients.get(journey(journeyId).clientId).identified();
  }

  public void recordAssessment(long journeyId, boolean complexNeeds, LocalDate treatmentCompletedOn,
      LocalDate drugFreeSince, Integer childrenInHousehold, LocalDate assessedOn, boolean asi, boolean dur,
      String user) {
    Journey journey = openJourney(journeyId);
    if (treatmentCompletedOn != null) {
      clients.recordFact(journey.clientId, se.bofast.client.FactKind.TREATMENT_COMPLETED, treatmentCompletedOn, user);
    }
    if (drugFreeSince != null) {
      clients.recordFact(journey.clientId, se.bofast.client.FactKind.DRUG_FREE_SINCE, drugFreeSince, user);
    }
    if (childrenInHousehold != null) {
      if (childrenInHousehold < 0) {
        throw new InvalidInputException("childrenInHousehold", "Antal barn kan inte vara negativt.");
      }
      clients.updateHousehold(journey.clientId, childrenInHousehold);
    }
    journey.complexNeeds = journey.complexNeeds || complexNeeds;
    if (asi || dur) {
      events.publishEvent(new AssessmentRecorded(journey.clientId, journey.caseNumber, assessedOn, asi, dur));
    }
  }

  /** The eligibility decision's inputs: treatment completed, and whole months of documented drug-free time. */
  public boolean treatmentCompleted(long journeyId) {
    return clients.treatmentFacts(journey(journeyId).clientId).treatmentCompletedOn() != null;
  }

  public int drugFreeMonths(long journeyId) {
    LocalDate since = clients.treatmentFacts(journey(journeyId).clientId).drugFreeSince();
    return since == null ? 0 : (int) Math.max(0, ChronoUnit.MONTHS.between(since, today()));
  }

  // --- decision, referral, queue ---------------------------------------------------------

  /** Checks the socialsekreterare's decision before the task completes. */
  public void validateDecision(long journeyId, Step step, String place, LocalDate startDate) {
    Journey journey = openJourney(journeyId);
    require(step, "decidedStep", "Välj insats.");
    if (step == Step.EGET_KONTRAKT) {
      throw new InvalidInputException("decidedStep",
          "Eget kontrakt kan inte beslutas som insats: det nås när hyresvärden godkänner att klienten övertar kontraktet.");
    }
    if (!step.isApartment()) {
      requireText(place, "place", "Ange boende eller behandlingshem.");
      require(startDate, "startDate", "Ange startdatum för placeringen.");
      checkStartAfterOpenPlacement(journey, startDate, "startDate");
    }
  }

  public void recordIneligibility(long journeyId, String reason) {
    openJourney(journeyId).ineligibleReason = reason;
  }

  public void writeReferral(long journeyId) {
    Journey journey = openJourney(journeyId);
    journey.referralDate = today();
    journey.ineligibleReason = null;
  }

  /** Reserves a free apartment of the kind, or queues the journey; returns the apartment id when reserved. */
  public Optional<Long> reserveApartment(long journeyId, Step kind) {
    openJourney(journeyId);
    return apartments.reserveOrQueue(journeyId, kind);
  }

  public void validateMoveIn(long journeyId, LocalDate moveInDate) {
    Journey journey = openJourney(journeyId);
    require(moveInDate, "moveInDate", "Ange inflyttningsdatum.");
    checkStartAfterOpenPlacement(journey, moveInDate, "moveInDate");
  }

  // --- placements -----------------------------------------------------------------------

  /** Ends the open placement (moved on) and opens the next one on the same day: no gap. */
  public long startPlacement(long journeyId, Step step, String place, Long apartmentId, LocalDate startDate,
      String user) {
    Journey journey = openJourney(journeyId);
    checkStartAfterOpenPlacement(journey, startDate, "startDate");
    placements.findByOpenClientId(journey.clientId).ifPresent(open -> endPlacement(open, startDate,
        EndReason.MOVED_ON, null, user));
    if (apartmentId != null) {
      apartments.occupy(apartmentId, journey.clientId);
    }
    return openPlacement(journey, step, place, apartmentId, startDate, user).id;
  }

  /**
   * Reports a relapse or an uppsägning for the journey's current placement: checked here,
   * then the process is interrupted (message PlacementInterrupted) and ends the placement.
   */
  public void reportInterruption(String caseNumber, TerminationCause cause, LocalDate date, String user) {
    Journey journey = journeys.findByCaseNumber(caseNumber)
        .orElseThrow(() -> new NotFoundException("Ärendet " + caseNumber + " finns inte."));
    if (!journey.isOpen()) {
      throw new InvalidInputException("caseNumber", "Ärendet " + caseNumber + " är avslutat.");
    }
    require(cause, "cause", "Ange orsak: RELAPSE, UNPAID_RENT, DISTURBANCE, NEGLECT eller DECISION_ENDED.");
    require(date, "date", "Ange datum för avbrottet.");
    notInFuture(date, today(), "date");
    Placement open = placements.findByOpenClientId(journey.clientId)
        .filter(p -> p.journeyId == journey.id)
        .orElseThrow(() -> new InvalidInputException("caseNumber", "Klienten har ingen pågående placering i ärendet."));
    if (date.isBefore(open.startDate)) {
      throw new InvalidInputException("date",
          "Datumet kan inte vara före placeringens startdatum (" + open.startDate + ").");
    }
    long correlated = system.call(() -> runtimeService.createMessageCorrelation(
            HousingConstants.MESSAGE_PLACEMENT_INTERRUPTED)
        .processInstanceId(journey.processInstanceId)
        .setVariable(HousingConstants.VAR_TERMINATION_CAUSE, cause.name())
        .setVariable(HousingConstants.VAR_TERMINATION_DATE, date.toString())
        .correlateAllWithResult().size());
    if (correlated == 0) {
      throw new InvalidInputException("caseNumber",
          "Placeringen kan inte avbrytas just nu: den har inte startat i processen än.");
    }
  }

  /** Relapse or uppsägning: the placement ends, recorded as a termination. */
  public void terminatePlacement(long journeyId, TerminationCause cause, LocalDate date, String user) {
    Journey journey = openJourney(journeyId);
    require(cause, "terminationCause", "Ange orsak till avbrottet.");
    require(date, "terminationDate", "Ange datum för avbrottet.");
    notInFuture(date, today(), "terminationDate");
    Placement open = placements.findByOpenClientId(journey.clientId).orElseThrow(() ->
        new InvalidInputException("caseNumber", "Klienten har ingen pågående placering att avbryta."));
    if (date.isBefore(open.startDate)) {
      throw new InvalidInputException("terminationDate",
          "Slutdatum kan inte vara före placeringens startdatum (" + open.startDate + ").");
    }
    endPlacement(open, date, EndReason.TERMINATED, cause, user);
  }

  public NextReview nextReview(long journeyId, LocalDate requestedDate) {
    Journey journey = openJourney(journeyId);
    Placement open = placements.findByOpenClientId(journey.clientId).orElseThrow(() ->
        new IllegalStateException("Journey " + journey.caseNumber + " has no open placement to review"));
    LocalDate regular = requestedDate != null ? requestedDate : today().plus(properties.reviewIntervalFor(open.step));
    if (open.step == Step.FORSOKSLAGENHET) {
      LocalDate trialEnd = open.startDate.plus(properties.trialPeriod());
      if (requestedDate == null && !trialEnd.isAfter(regular)) {
        return new NextReview(trialEnd.isBefore(today()) ? today() : trialEnd, true);
      }
      return new NextReview(regular, requestedDate != null);
    }
    return new NextReview(regular, false);
  }

  public void recordReview(long journeyId, int visitsPerWeek, String recommendation, ReviewOutcome outcome,
      String user) {
    Journey journey = openJourney(journeyId);
    Placement open = placements.findByOpenClientId(journey.clientId).orElseThrow(() ->
        new IllegalStateException("Journey " + journey.caseNumber + " has no open placement to review"));
    journey.visitsPerWeek = visitsPerWeek;
    journey.supportRecommendation = recommendation;
    reviews.save(new PlacementReview(journeyId, open.id, today(), visitsPerWeek, recommendation, outcome, user, now()));
    events.publishEvent(new PlacementReviewed(journey.clientId, journey.caseNumber, open.step, today(), outcome));
  }

  /** The apartment of the client's current placement, if it is one of the district's apartments. */
  @Transactional(readOnly = true)
  public Optional<Long> currentApartment(long journeyId) {
    Journey journey = journey(journeyId);
    return placements.findByOpenClientId(journey.clientId).map(p -> p.apartmentId);
  }

  /**
   * The landlord's answer to a takeover request, recorded in landlord-relations: approved
   * leads to the own lease, refused continues the trial with a new review date.
   */
  public void answerTakeover(String caseNumber, boolean approved, LocalDate newReviewDate) {
    Journey journey = journeys.findByCaseNumber(caseNumber)
        .orElseThrow(() -> new NotFoundException("Ärendet " + caseNumber + " finns inte."));
    if (!approved && (newReviewDate == null || !newReviewDate.isAfter(today()))) {
      throw new InvalidInputException("newReviewDate", "Ange när försöket ska följas upp igen (ett datum efter i dag).");
    }
    java.util.Map<String, Object> answer = new java.util.HashMap<>();
    answer.put(HousingConstants.VAR_LANDLORD_APPROVED, approved);
    if (approved) {
      answer.put(HousingConstants.VAR_REVIEW_OUTCOME, ReviewOutcome.TAKEOVER.name());
    } else {
      answer.put(HousingConstants.VAR_NEW_REVIEW_DATE, newReviewDate.toString());
    }
    int delivered = system.call(() -> runtimeService.createMessageCorrelation(
            HousingConstants.MESSAGE_TAKEOVER_ANSWERED)
        .processInstanceId(journey.processInstanceId)
        .setVariables(answer)
        .correlateAllWithResult().size());
    if (delivered == 0) {
      throw new IllegalStateException("Journey " + caseNumber + " is not waiting for the landlord's answer");
    }
  }

  /** The landlord approved: the trial placement ends in a takeover and the own lease begins. */
  public void takeOver(long journeyId, String user) {
    Journey journey = openJourney(journeyId);
    Placement trial = placements.findByOpenClientId(journey.clientId)
        .filter(p -> p.step == Step.FORSOKSLAGENHET)
        .orElseThrow(() -> new InvalidInputException("caseNumber",
            "Bara en försökslägenhet kan övertas; en träningslägenhet är förvaltningens kontrakt."));
    LocalDate date = today();
    endPlacement(trial, date, EndReason.TAKEOVER, null, user);
    if (trial.apartmentId != null) {
      apartments.leaveStock(trial.apartmentId);
    }
    Placement own = openPlacement(journey, Step.EGET_KONTRAKT, trial.place, null, date, user);
    own.apartmentId = null;
    closeJourney(journey, CloseReason.OWN_LEASE, date, user);
  }

  public void close(long journeyId, CloseReason reason, String user) {
    Journey journey = openJourney(journeyId);
    require(reason, "closeReason", "Ange varför ärendet avslutas.");
    LocalDate date = today();
    placements.findByOpenClientId(journey.clientId).ifPresent(open -> endPlacement(open, date,
        EndReason.CLOSED, null, user));
    closeJourney(journey, reason, date, user);
  }

  // --- reading ----------------------------------------------------------------------------

  public record PlacementView(long id, Step step, String place, Long apartmentId, LocalDate startDate,
      LocalDate endDate, java.math.BigDecimal dayCostSek, EndReason endReason, TerminationCause terminationCause,
      Integer gapDaysBefore) {
  }

  public record JourneyView(long id, String caseNumber, long clientId, String processInstanceId, boolean open,
      boolean complexNeeds, LocalDate referralDate, String ineligibleReason, Integer visitsPerWeek,
      String supportRecommendation, LocalDate closedOn, CloseReason closeReason, List<PlacementView> placements,
      int outreachContacts, int reviews) {
  }

  @Transactional(readOnly = true)
  public JourneyView view(long journeyId) {
    return toView(journey(journeyId));
  }

  @Transactional(readOnly = true)
  public JourneyView viewByCaseNumber(String caseNumber) {
    return toView(journeys.findByCaseNumber(caseNumber)
        .orElseThrow(() -> new NotFoundException("Ärendet " + caseNumber + " finns inte.")));
  }

  private JourneyView toView(Journey j) {
    List<PlacementView> list = placements.findByJourneyIdOrderByStartDateAscIdAsc(j.id).stream()
        .map(p -> new PlacementView(p.id, p.step, p.place, p.apartmentId, p.startDate, p.endDate, p.dayCostSek,
            p.endReason, p.terminationCause, p.gapDaysBefore))
        .toList();
    return new JourneyView(j.id, j.caseNumber, j.clientId, j.processInstanceId, j.isOpen(), j.complexNeeds,
        j.referralDate, j.ineligibleReason, j.visitsPerWeek, j.supportRecommendation, j.closedOn, j.closeReason,
        list, outreachContacts.findByJourneyIdOrderByContactDateAsc(j.id).size(),
        reviews.findByJourneyIdOrderByReviewDateAsc(j.id).size());
  }

  // --- internals ----------------------------------------------------------------------------

  private Placement openPlacement(Journey journey, Step step, String place, Long apartmentId, LocalDate start,
      String user) {
    Integer gap = placements.findByJourneyIdOrderByStartDateAscIdAsc(journey.id).stream()
        .filter(p -> !p.isOpen())
        .map(p -> p.endDate)
        .max(LocalDate::compareTo)
        .map(end -> (int) Math.max(0, ChronoUnit.DAYS.between(end, start)))
        .orElse(null);
    return placements.saveAndFlush(new Placement(journey.id, journey.clientId, step, place, apartmentId, start,
        properties.dayCost(step), gap, user, now()));
  }

  private void endPlacement(Placement placement, LocalDate date, EndReason reason, TerminationCause cause,
      String user) {
    placement.end(date, reason, cause, user);
    placements.saveAndFlush(placement);
    events.publishEvent(new PlacementEnded(placement.clientId, caseNumber(placement.journeyId), placement.step, date,
        reason));
    if (placement.apartmentId != null && reason != EndReason.TAKEOVER) {
      apartments.release(placement.apartmentId);
    }
  }

  private String caseNumber(long journeyId) {
    return journey(journeyId).caseNumber;
  }

  private void closeJourney(Journey journey, CloseReason reason, LocalDate date, String user) {
    journey.status = Journey.Status.CLOSED;
    journey.closeReason = reason;
    journey.closedOn = date;
    journey.closedBy = user;
    apartments.dequeue(journey.id);
  }

  private void checkStartAfterOpenPlacement(Journey journey, LocalDate start, String field) {
    placements.findByOpenClientId(journey.clientId).ifPresent(open -> {
      if (start.isBefore(open.startDate)) {
        throw new InvalidInputException(field, "Datumet kan inte vara före den pågående placeringens startdatum ("
            + open.startDate + "): en placering kan inte sluta innan den börjat.");
      }
    });
  }

  private String nextCaseNumber() {
    return caseNumbers.next("VK", "journey_case_number_seq");
  }

  private Journey journey(long journeyId) {
    return journeys.findById(journeyId)
        .orElseThrow(() -> new InvalidInputException("journeyId", "Ärendet finns inte (id " + journeyId + ")."));
  }

  private Journey openJourney(long journeyId) {
    Journey journey = journey(journeyId);
    if (!journey.isOpen()) {
      throw new InvalidInputException("caseNumber", "Ärendet " + journey.caseNumber + " är avslutat.");
    }
    return journey;
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
