package se.bofast.housing;

import java.time.LocalDate;

/** Published inside the transaction that ends a placement (an insats), whatever the reason. */
public record PlacementEnded(long clientId, String caseNumber, Step step, LocalDate endDate, EndReason reason) {
}
