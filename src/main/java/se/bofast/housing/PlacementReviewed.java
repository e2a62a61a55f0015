package se.bofast.housing;

import java.time.LocalDate;

/** Published inside the transaction that records a review of the placement ("Bedöm nästa steg"). */
public record PlacementReviewed(long clientId, String caseNumber, Step step, LocalDate reviewDate,
    ReviewOutcome outcome) {
}
