package se.bofast.housing;

/**
 * Published (as a Spring application event, inside the starting transaction) when a client
 * enters client-journey.
 *
 * @param complexNeeds samsjuklighet: the client's needs are both addiction and psychiatric
 */
public record JourneyStarted(long clientId, String caseNumber, boolean complexNeeds) {
}
