package se.bofast.eviction;

/**
 * A rent-arrears signal opened or joined the eviction case of a client in the housing chain
 * (the case's process carries the client's id): the contact agreed in the client's work plan is
 * due. Published inside the transaction that opens or updates the case; ids only.
 */
public record ChainClientRentDebt(long clientId, String caseNumber, long caseId) {
}
