package se.bofast.eviction;

/**
 * An eviction case's priority became URGENT (children in the household, or an eviction within 14
 * days): opened URGENT, or reassessed to URGENT from a lower priority. Published once per case and
 * raise, inside the transaction that changes the case, so that a listener's writes (the
 * notification outbox) commit or roll back with it. Carries ids only, never personal data.
 */
public record UrgentCaseRaised(long caseId, String caseNumber) {
}
