package se.bofast.housing;

import static se.bofast.platform.web.Inputs.require;
import static se.bofast.platform.web.Inputs.requireText;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.bofast.platform.web.InvalidInputException;

/**
 * The socialsekreterare's decision on an insats and what follows from it: ineligibility or
 * the referral for an apartment, a reserved apartment or a place in the queue, and the
 * move-in date. Called by client-journey's glue inside the engine's transaction.
 */
@Service
@Transactional
public class JourneyDecisions {

  private final JourneyRecords records;
  private final ApartmentService apartments;

  JourneyDecisions(JourneyRecords records, ApartmentService apartments) {
    this.records = records;
    this.apartments = apartments;
  }

  /** Checks the socialsekreterare's decision before the task completes. */
  public void validateDecision(long journeyId, Step step, String place, LocalDate startDate) {
    Journey journey = records.openJourney(journeyId);
    require(step, "decidedStep", "Välj insats.");
    if (step == Step.EGET_KONTRAKT) {
      throw new InvalidInputException("decidedStep",
          "Eget kontrakt kan inte beslutas som insats: det nås när hyresvärden godkänner att klienten övertar kontraktet.");
    }
    if (!step.isApartment()) {
      requireText(place, "place", "Ange boende eller behandlingshem.");
      require(startDate, "startDate", "Ange startdatum för placeringen.");
      records.checkStartAfterOpenPlacement(journey, startDate, "startDate");
    }
  }

  public void recordIneligibility(long journeyId, String reason) {
    records.openJourney(journeyId).ineligibleReason = reason;
  }

  public void writeReferral(long journeyId) {
    Journey journey = records.openJourney(journeyId);
    journey.referralDate = records.today();
    journey.ineligibleReason = null;
  }

  /** Reserves a free apartment of the kind, or queues the journey; returns the apartment id when reserved. */
  public Optional<Long> reserveApartment(long journeyId, Step kind) {
    records.openJourney(journeyId);
    return apartments.reserveOrQueue(journeyId, kind);
  }

  public void validateMoveIn(long journeyId, LocalDate moveInDate) {
    Journey journey = records.openJourney(journeyId);
    require(moveInDate, "moveInDate", "Ange inflyttningsdatum.");
    records.checkStartAfterOpenPlacement(journey, moveInDate, "moveInDate");
  }
}
