package se.bofast.housing;

import java.time.LocalDate;

/**
 * Published inside the transaction of client-journey's "Utred klienten (ASI/DUR)" when the
 * assessment is recorded: which instruments were used, on which date.
 */
public record AssessmentRecorded(long clientId, String caseNumber, LocalDate date, boolean asi, boolean dur) {
}
