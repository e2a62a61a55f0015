package se.bofast.housing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import se.bofast.platform.web.InvalidInputException;
import se.bofast.platform.web.NotFoundException;

/**
 * What the journey services share: finding a journey (open or not), the chain's placement
 * rows without gaps (open, end, and the rule that a placement cannot start before the open
 * one), and the clock. Package-private: the services are the module's API. No transaction of
 * its own: it always runs in the calling service's.
 */
@Component
class JourneyRecords {

  private final JourneyRepository journeys;
  private final PlacementRepository placements;
  private final ApartmentService apartments;
  private final HousingProperties properties;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  JourneyRecords(JourneyRepository journeys, PlacementRepository placements, ApartmentService apartments,
      HousingProperties properties, ApplicationEventPublisher events, Clock clock) {
    this.journeys = journeys;
    this.placements = placements;
    this.apartments = apartments;
    this.properties = properties;
    this.events = events;
    this.clock = clock;
  }

  Journey journey(long journeyId) {
    return journeys.findById(journeyId)
        .orElseThrow(() -> new InvalidInputException("journeyId", "Ärendet finns inte (id " + journeyId + ")."));
  }

  Journey openJourney(long journeyId) {
    Journey journey = journey(journeyId);
    if (!journey.isOpen()) {
      throw new InvalidInputException("caseNumber", "Ärendet " + journey.caseNumber + " är avslutat.");
    }
    return journey;
  }

  /** The journey with this case number (REST and other modules know the case number): 404 when there is none. */
  Journey byCaseNumber(String caseNumber) {
    return journeys.findByCaseNumber(caseNumber)
        .orElseThrow(() -> new NotFoundException("Ärendet " + caseNumber + " finns inte."));
  }

  /**
   * Opens a placement. The journey's last ended placement is the one before it: the days between its
   * end and this start are the transition's gap (0 when the client moved on the same day).
   */
  Placement openPlacement(Journey journey, Step step, String place, Long apartmentId, LocalDate start, String user) {
    Placement previous = placements.findByJourneyIdOrderByStartDateAscIdAsc(journey.id).stream()
        .filter(p -> !p.isOpen())
        .max(Comparator.comparing((Placement p) -> p.endDate).thenComparing(p -> p.id))
        .orElse(null);
    Integer gap = previous == null ? null : (int) Math.max(0, ChronoUnit.DAYS.between(previous.endDate, start));
    Placement placement = new Placement(journey.id, journey.clientId, step, place, apartmentId, start,
        properties.dayCost(step), gap, user, now());
    placement.previousPlacementId = previous == null ? null : previous.id;
    return placements.saveAndFlush(placement);
  }

  /** Ends a placement; its apartment is released unless the client takes the lease over. */
  void endPlacement(Placement placement, LocalDate date, EndReason reason, TerminationCause cause, String user) {
    end(placement, date, reason, cause, null, reason != EndReason.TAKEOVER, user);
  }

  /** The step ended without the next one starting (discharged, left, lost contact); its apartment is released. */
  void endStep(Placement placement, LocalDate date, StepEndCause cause, String user) {
    end(placement, date, EndReason.STEP_ENDED, null, cause, true, user);
  }

  /** The training placement ends as its apartment becomes the client's trial apartment: the apartment stays. */
  void endForConversion(Placement training, LocalDate date, String user) {
    end(training, date, EndReason.MOVED_ON, null, null, false, user);
  }

  private void end(Placement placement, LocalDate date, EndReason reason, TerminationCause cause,
      StepEndCause stepEnd, boolean releaseApartment, String user) {
    placement.end(date, reason, cause, stepEnd, user);
    placements.saveAndFlush(placement);
    events.publishEvent(new PlacementEnded(placement.clientId, journey(placement.journeyId).caseNumber,
        placement.step, date, reason));
    if (placement.apartmentId != null && releaseApartment) {
      apartments.release(placement.apartmentId);
    }
  }

  /** A placement cannot end before it began: a new start is never before the open placement's start. */
  void checkStartAfterOpenPlacement(Journey journey, LocalDate start, String field) {
    placements.findByOpenClientId(journey.clientId).ifPresent(open -> {
      if (start.isBefore(open.startDate)) {
        throw new InvalidInputException(field, "Datumet kan inte vara före den pågående placeringens startdatum ("
            + open.startDate + "): en placering kan inte sluta innan den börjat.");
      }
    });
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
