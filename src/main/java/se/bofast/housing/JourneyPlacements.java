package se.bofast.housing;

import static se.bofast.platform.web.Inputs.notInFuture;
import static se.bofast.platform.web.Inputs.require;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.bofast.platform.web.InvalidInputException;

/**
 * The chain's placements: a placement starts as the previous one ends or after a gap (a step can
 * end without the next starting), ends on an uppsägning on a lawful cause, ends in the client's own
 * lease when the landlord approves the takeover, and ends when the journey closes. A training
 * apartment can become the client's trial apartment in place. Called by client-journey's glue
 * inside the engine's transaction.
 */
@Service
@Transactional
public class JourneyPlacements {

  private final JourneyRecords records;
  private final PlacementRepository placements;
  private final ApartmentService apartments;
  private final HousingProperties properties;

  JourneyPlacements(JourneyRecords records, PlacementRepository placements, ApartmentService apartments,
      HousingProperties properties) {
    this.records = records;
    this.placements = placements;
    this.apartments = apartments;
    this.properties = properties;
  }

  /** Ends the open placement (moved on) and opens the next one on the same day: no gap. */
  public long startPlacement(long journeyId, Step step, String place, Long apartmentId, LocalDate startDate,
      String user) {
    return startPlacement(journeyId, step, place, apartmentId, startDate, null, user);
  }

  /**
   * Ends the open placement (moved on) and opens the next one on the same day. A trial placement
   * keeps its contract's trial period (null: the setting's default). When the open placement is in
   * the same apartment, the training apartment becomes the trial apartment in place: the apartment
   * is neither released nor handed to the queue.
   */
  public long startPlacement(long journeyId, Step step, String place, Long apartmentId, LocalDate startDate,
      Integer trialPeriodMonths, String user) {
    Journey journey = records.openJourney(journeyId);
    records.checkStartAfterOpenPlacement(journey, startDate, "startDate");
    Integer trialMonths = step == Step.FORSOKSLAGENHET ? trialMonths(trialPeriodMonths) : null;
    Placement open = placements.findByOpenClientId(journey.clientId).orElse(null);
    boolean inPlace = open != null && apartmentId != null && apartmentId.equals(open.apartmentId);
    if (inPlace) {
      if (open.step != Step.TRANINGSLAGENHET || step != Step.FORSOKSLAGENHET) {
        throw new InvalidInputException("decidedStep",
            "Bara en träningslägenhet kan omvandlas, och bara till försökslägenhet.");
      }
      records.endForConversion(open, startDate, user);
      apartments.convertToTrial(apartmentId);
    } else {
      if (open != null) {
        records.endPlacement(open, startDate, EndReason.MOVED_ON, null, user);
      }
      if (apartmentId != null) {
        apartments.occupy(apartmentId, journey.clientId);
      }
    }
    Placement placement = records.openPlacement(journey, step, place, apartmentId, startDate, user);
    placement.trialPeriodMonths = trialMonths;
    return placement.id;
  }

  /** A contract's trial period in months, 12-36; null means the setting's default. */
  Integer trialMonths(Integer months) {
    if (months == null) {
      return properties.trialPeriodMonths();
    }
    if (months < HousingProperties.MIN_TRIAL_MONTHS || months > HousingProperties.MAX_TRIAL_MONTHS) {
      throw new InvalidInputException("trialPeriodMonths",
          "Prövotiden ska vara mellan 12 och 36 månader (1–3 år).");
    }
    return months;
  }

  /** Uppsägning on a lawful cause: the placement ends, recorded as a termination. */
  public void terminatePlacement(long journeyId, TerminationCause cause, LocalDate date, String user) {
    require(cause, "terminationCause", "Ange orsak till uppsägningen.");
    Placement open = openPlacementEndingOn(journeyId, date, "terminationDate");
    records.endPlacement(open, date, EndReason.TERMINATED, cause, user);
  }

  /**
   * The step ended without the next one starting (discharged from treatment, left the
   * inackorderingshem, lost contact): the days until the next placement are the chain's gap.
   */
  public void endStep(long journeyId, StepEndCause cause, LocalDate date, String user) {
    require(cause, "stepEndCause", "Ange varför steget avslutades.");
    if (cause == StepEndCause.RELAPSE_BEFORE_V16) {
      throw new InvalidInputException("stepEndCause", "Ett återfall avslutar inte placeringen.");
    }
    Placement open = openPlacementEndingOn(journeyId, date, "stepEndDate");
    records.endStep(open, date, cause, user);
  }

  private Placement openPlacementEndingOn(long journeyId, LocalDate date, String field) {
    Journey journey = records.openJourney(journeyId);
    require(date, field, "Ange datum för avbrottet.");
    notInFuture(date, records.today(), field);
    Placement open = placements.findByOpenClientId(journey.clientId).orElseThrow(() ->
        new InvalidInputException("caseNumber", "Klienten har ingen pågående placering att avbryta."));
    if (date.isBefore(open.startDate)) {
      throw new InvalidInputException(field,
          "Slutdatum kan inte vara före placeringens startdatum (" + open.startDate + ").");
    }
    return open;
  }

  /** The apartment of the client's current placement, if it is one of the district's apartments. */
  @Transactional(readOnly = true)
  public Optional<Long> currentApartment(long journeyId) {
    Journey journey = records.journey(journeyId);
    return placements.findByOpenClientId(journey.clientId).map(p -> p.apartmentId);
  }

  /** The landlord approved: the trial placement ends in a takeover and the own lease begins. */
  public void takeOver(long journeyId, String user) {
    Journey journey = records.openJourney(journeyId);
    Placement trial = placements.findByOpenClientId(journey.clientId)
        .filter(p -> p.step == Step.FORSOKSLAGENHET)
        .orElseThrow(() -> new InvalidInputException("caseNumber",
            "Bara en försökslägenhet kan övertas; en träningslägenhet är förvaltningens kontrakt."));
    LocalDate date = records.today();
    records.endPlacement(trial, date, EndReason.TAKEOVER, null, user);
    if (trial.apartmentId != null) {
      apartments.leaveStock(trial.apartmentId, date);
    }
    Placement own = records.openPlacement(journey, Step.EGET_KONTRAKT, trial.place, null, date, user);
    own.apartmentId = null;
    closeJourney(journey, CloseReason.OWN_LEASE, date, user);
  }

  public void close(long journeyId, CloseReason reason, String user) {
    Journey journey = records.openJourney(journeyId);
    require(reason, "closeReason", "Ange varför ärendet avslutas.");
    LocalDate date = records.today();
    placements.findByOpenClientId(journey.clientId).ifPresent(open -> records.endPlacement(open, date,
        EndReason.CLOSED, null, user));
    closeJourney(journey, reason, date, user);
  }

  private void closeJourney(Journey journey, CloseReason reason, LocalDate date, String user) {
    journey.status = Journey.Status.CLOSED;
    journey.closeReason = reason;
    journey.closedOn = date;
    journey.closedBy = user;
    apartments.dequeue(journey.id);
  }
}
