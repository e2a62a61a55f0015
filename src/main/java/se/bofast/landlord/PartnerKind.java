package se.bofast.landlord;

/** Who the district keeps regular contact with about housing. */
public enum PartnerKind {
  LANDLORD("Hyresvärd"),
  BOSTADSFORMEDLINGEN("Bostadsförmedlingen"),
  KRONOFOGDEN("Kronofogden"),
  /** an ideell organisation through which outreach contacts with homeless people come (issue 14) */
  VOLUNTARY_ORGANISATION("Ideell organisation");

  private final String label;

  PartnerKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
