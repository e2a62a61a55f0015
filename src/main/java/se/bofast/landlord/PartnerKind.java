package se.bofast.landlord;

/** Who the district keeps regular contact with about housing. */
public enum PartnerKind {
  LANDLORD("Hyresvärd"),
  BOSTADSFORMEDLINGEN("Bostadsförmedlingen"),
  KRONOFOGDEN("Kronofogden");

  private final String label;

  PartnerKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
