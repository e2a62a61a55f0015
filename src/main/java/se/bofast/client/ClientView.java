package se.bofast.client;

/**
 * A client as other modules and the REST API see it.
 *
 * @param personalNumber 12 digits (YYYYMMDDNNNN), or null for an unidentified client
 * @param childrenInHousehold null when unknown
 * @param displayName what Tasklist shows: "Kim L." or "Blå jackan (oidentifierad)"
 */
public record ClientView(long id, boolean identified, String personalNumber,
    boolean coordinationNumber, String alias, String firstName, String lastName,
    Integer childrenInHousehold, Needs needs, String displayName) {

  /** Samsjuklighet: both addiction and psychiatric illness. */
  public boolean complexNeeds() {
    return needs == Needs.BOTH;
  }
}
