package se.bofast.client;

/**
 * A client as other modules and the REST API see it.
 *
 * @param personalNumber 12 digits (YYYYMMDDNNNN), or null for an unidentified client
 * @param childrenInHousehold null when unknown
 * @param displayName what Tasklist shows: "Kim L." or "Blå jackan (oidentifierad)"
 * @param identityHidden true when the reader may not see this protected client's identity: then
 *     personnummer, names and alias are null and the display name is a case number
 */
public record ClientView(long id, boolean identified, String personalNumber,
    boolean coordinationNumber, String alias, String firstName, String lastName,
    Integer childrenInHousehold, Needs needs, String displayName, boolean identityHidden) {

  /** The client as someone outside a protected client's team sees it: no identity, the case number as its name. */
  public ClientView withoutIdentity(String caseNumber) {
    return new ClientView(id, identified, null, false, null, null, null, childrenInHousehold, needs,
        ClientNames.caseLabel(caseNumber), true);
  }

  /** Samsjuklighet: both addiction and psychiatric illness. */
  public boolean complexNeeds() {
    return needs == Needs.BOTH;
  }
}
