package se.bofast.client;

public record ClientView(long id, boolean identified, String personalNumber, boolean coordinationNumber,
    String alias, String firstName, String lastName, Integer childrenInHousehold, Needs needs, String displayName) {

  public boolean complexNeeds() {
    return needs == Needs.BOTH;
  }
}
