package se.bofast.housing;

import static se.bofast.platform.web.Inputs.notInFuture;
import static se.bofast.platform.web.Inputs.require;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.bofast.platform.web.InvalidInputException;

/**
 * The chain's placements without gaps: a placement starts as the previous one ends, ends
 * early on a relapse or an uppsägning, ends in the client's own lease when the landlord
 * approves the takeover, and ends when the journey closes. Called by client-journey's glue
 * inside the engine's transaction.
 */
@Service
@Transactional
public class JourneyPlacements {

  private final JourneyRecords records;
  private final PlacementRepository placements;
  private final ApartmentService apartments;

  JourneyPlacements(JourneyRecords records, PlacementRepository placements, ApartmentService apartments) {
    this.records = records;
    this.placements = placements;
    this.apartments = apartments;
  }

  /** Ends the open placement (moved on) and opens the next one on the same day: no gap. */
  public long startPlacement(long journeyId, Step step, String place, Long apartmentId, LocalDate startDate,
      String user) {
    Journey journey = records.openJourney(journeyId);
    records.checkStartAfterOpenPlacement(journey, startDate, "startDate");
    placements.findByOpenClientId(journey.clientId).ifPresent(open -> records.endPlacement(open, startDate,
        EndReason.MOVED_ON, null, user));
    if (apartmentId != null) {
      apartments.occupy(apartmentId, journey.clientId);
    }
    return records.openPlacement(journey, step, place, apartmentId, startDate, user).id;
  }

  /** Relapse or uppsägning: the placement ends, recorded as a termination. */
  public void terminatePlacement(long journeyId, TerminationCause cause, LocalDate date, String user) {
    Journey journey = records.openJourney(journeyId);
    require(cause, "terminationCause", "Ange orsak till avbrottet.");
    require(date, "terminationDate", "Ange datum för avbrottet.");
    notInFuture(date, records.today(), "terminationDate");
    Placement open = placements.findByOpenClientId(journey.clientId).orElseThrow(() ->
        new InvalidInputException("caseNumber", "Klienten har ingen pågående placering att avbryta."));
    if (date.isBefore(open.startDate)) {
      throw new InvalidInputException("terminationDate",
          "Slutdatum kan inte vara före placeringens startdatum (" + open.startDate + ").");
    }
    records.endPlacement(open, date, EndReason.TERMINATED, cause, user);
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
      apartments.leaveStock(trial.apartmentId);
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
