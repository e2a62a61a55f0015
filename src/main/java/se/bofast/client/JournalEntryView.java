package se.bofast.client;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One journal entry as staff read it: what happened when, who wrote it when, whether it is
 * signed, and how it stands to corrections ({@code corrects}: the entry this one corrects;
 * {@code correctedBy}: the entry that corrects this one, which then reads as corrected). {@code clientId}
 * is null for an eviction case's entry about a tenant who is no client.
 */
public record JournalEntryView(long id, Long clientId, String caseNumber, JournalKind kind, String kindLabel,
    LocalDate eventDate, String text, Instant writtenAt, String writtenBy, String writtenByName, boolean signed,
    Instant signedAt, String signedBy, Long corrects, Long correctedBy, boolean corrected) {
}
