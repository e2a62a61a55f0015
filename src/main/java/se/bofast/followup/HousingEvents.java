package se.bofast.followup;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.bofast.housing.AssessmentRecorded;
import se.bofast.housing.JourneyStarted;
import se.bofast.housing.PlacementEnded;
import se.bofast.housing.PlacementReviewed;
import se.bofast.platform.process.CurrentUser;

/**
 * The follow-up module's reactions to client-journey, through housing's events only.
 *
 * <p>Plain {@link EventListener}s, deliberately not {@code @TransactionalEventListener(AFTER_COMMIT)}:
 * they run in the publishing step's transaction, so the journey's step and what it makes due
 * here commit together, and a failure here rolls the step back and shows in Tasklist (or
 * becomes an incident) instead of being logged and lost after the commit. What they start in
 * the engine starts asynchronously (asyncBefore on the start events), so the journey's
 * transaction only inserts rows and jobs; the follow-up processes' own failures become
 * incidents in Cockpit.
 */
@Component
class HousingEvents {

  private final FollowupService followups;
  private final CurrentUser user;

  HousingEvents(FollowupService followups, CurrentUser user) {
    this.followups = followups;
    this.user = user;
  }

  @EventListener
  void on(JourneyStarted event) {
    if (event.complexNeeds()) {
      followups.complexNeedsClientEntered(event.clientId(), event.caseNumber(), user.id());
    }
  }

  @EventListener
  void on(AssessmentRecorded event) {
    followups.assessedInJourney(event.clientId(), event.caseNumber(), event.date(), event.asi(), event.dur(),
        user.id());
  }

  @EventListener
  void on(PlacementEnded event) {
    followups.placementEnded(event.clientId(), event.caseNumber(), event.endDate());
  }

  @EventListener
  void on(PlacementReviewed event) {
    followups.placementReviewed(event.clientId(), event.caseNumber(), event.reviewDate());
  }
}
