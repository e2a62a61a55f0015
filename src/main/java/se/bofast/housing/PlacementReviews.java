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

  /**
   * When the next review is due and whether it is the takeover request. A trial contract's takeover
   * is due at the end of its own trial period; after a refusal, no earlier than
   * bofast.housing.takeover-retry-after from the refusal, with regular reviews until then. A date the
   * refusal asked for is a regular review unless the takeover is due by then.
   */
  public NextReview nextReview(long journeyId, LocalDate requestedDate) {
    Journey journey = records.openJourney(journeyId);
    Placement open = openPlacement(journey);
    LocalDate today = records.today();
    LocalDate regular = requestedDate != null ? requestedDate : today.plus(properties.reviewIntervalFor(open.step));
    if (open.step != Step.FORSOKSLAGENHET) {
      return new NextReview(regular, false);
    }
    LocalDate takeoverFrom = takeoverDueFrom(open);
    if (!takeoverFrom.isAfter(regular)) {
      LocalDate at = requestedDate != null ? requestedDate : takeoverFrom;
      return new NextReview(at.isBefore(today) ? today : at, true);
    }
    return new NextReview(regular, false);
  }

  /** The earliest day of the next takeover request: the trial period's end, or the refusal plus the setting. */
  private LocalDate takeoverDueFrom(Placement trial) {
    int months = trial.trialPeriodMonths != null ? trial.trialPeriodMonths : properties.trialPeriodMonths();
    LocalDate trialEnd = trial.startDate.plusMonths(months);
    if (trial.takeoverRefusedOn == null) {
      return trialEnd;
    }
    LocalDate retry = trial.takeoverRefusedOn.plus(properties.takeoverRetryAfter());
    return retry.isAfter(trialEnd) ? retry : trialEnd;
  }

  /** The landlord refused the takeover: the trial goes on with regular reviews. */
  public void recordTakeoverRefusal(long journeyId) {
    Placement trial = openPlacement(records.openJourney(journeyId));
    trial.takeoverRefusedOn = records.today();
  }

  /** The step of the journey's current placement. */
  @Transactional(readOnly = true)
  public Step currentStep(long journeyId) {
    return openPlacement(records.journey(journeyId)).step;
  }

  /** The support visits a week known so far (the last review or relapse agreement); null before any. */
  @Transactional(readOnly = true)
  public Integer currentVisitsPerWeek(long journeyId) {
    return records.journey(journeyId).visitsPerWeek;
  }

  public void recordReview(long journeyId, int visitsPerWeek, String recommendation, ReviewOutcome outcome,
      String user) {
    recordReview(journeyId, visitsPerWeek, recommendation, outcome, null, user);
  }

  /** Records the review; deviationReason is why it went against the recommendation (null when it did not). */
  public void recordReview(long journeyId, int visitsPerWeek, String recommendation, ReviewOutcome outcome,
      String deviationReason, String user) {
    Journey journey = records.openJourney(journeyId);
    Placement open = openPlacement(journey);
    LocalDate today = records.today();
    journey.visitsPerWeek = visitsPerWeek;
    journey.supportRecommendation = recommendation;
    reviews.save(new PlacementReview(journeyId, open.id, today, visitsPerWeek, recommendation, outcome,
        deviationReason, user, records.now()));
    events.publishEvent(new PlacementReviewed(journey.clientId, journey.caseNumber, open.step, today, outcome));
  }

  private Placement openPlacement(Journey journey) {
    return placements.findByOpenClientId(journey.clientId).orElseThrow(() ->
        new IllegalStateException("Journey " + journey.caseNumber + " has no open placement to review"));
  }
}
