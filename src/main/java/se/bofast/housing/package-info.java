/**
 * The housing chain: journeys, steps, placements, the apartment stock, the queue and the
 * client-journey process glue. Publishes {@code JourneyStarted}, {@code AssessmentRecorded},
 * {@code PlacementReviewed} and {@code PlacementEnded} for follow-up.
 */
@ApplicationModule(displayName = "Housing chain",
    allowedDependencies = {"client", "identity", "platform", "platform::web", "platform::process", "platform::retention"})
package se.bofast.housing;

import org.springframework.modulith.ApplicationModule;
