package se.bofast.housing;

import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviews of the current placement: when the next one is due (and whether the trial
 * period's end calls for a takeover request), and the review itself. Called by
 * client-journey's glue inside the engine's transaction.
 */
@Service
@Transactional
public class PlacementReviews {

  public record NextReview(LocalDate date, boolean takeoverDue) {
  }

  private final JourneyRecords records;
  private final PlacementRepository placements;
  private final PlacementReviewRepository reviews;
  private final HousingProperties properties;
  private final ApplicationEventPublisher events;

  PlacementReviews(JourneyRecords records, PlacementRepository placements, PlacementReviewRepository reviews,
      HousingProperties properties, ApplicationEventPublisher events) {
    this.records = records;
    this.placements = placements;
    this.reviews = reviews;
    this.properties = properties;
    this.events = events;
  }

  public NextReview nextReview(long journeyId, LocalDate requestedDate) {
    Journey journey = records.openJourney(journeyId);
    Placement open = openPlacement(journey);
    LocalDate today = records.today();
    LocalDate regular = requestedDate != null ? requestedDate : today.plus(properties.reviewIntervalFor(open.step));
    if (open.step == Step.FORSOKSLAGENHET) {
      LocalDate trialEnd = open.startDate.plus(properties.trialPeriod());
      if (requestedDate == null && !trialEnd.isAfter(regular)) {
        return new NextReview(trialEnd.isBefore(today) ? today : trialEnd, true);
      }
      return new NextReview(regular, requestedDate != null);
    }
    return new NextReview(regular, false);
  }

  public void recordReview(long journeyId, int visitsPerWeek, String recommendation, ReviewOutcome outcome,
      String user) {
    Journey journey = records.openJourney(journeyId);
    Placement open = openPlacement(journey);
    LocalDate today = records.today();
    journey.visitsPerWeek = visitsPerWeek;
    journey.supportRecommendation = recommendation;
    reviews.save(new PlacementReview(journeyId, open.id, today, visitsPerWeek, recommendation, outcome, user,
        records.now()));
    events.publishEvent(new PlacementReviewed(journey.clientId, journey.caseNumber, open.step, today, outcome));
  }

  private Placement openPlacement(Journey journey) {
    return placements.findByOpenClientId(journey.clientId).orElseThrow(() ->
        new IllegalStateException("Journey " + journey.caseNumber + " has no open placement to review"));
  }
}
