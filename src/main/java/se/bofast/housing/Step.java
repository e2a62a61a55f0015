package se.bofast.housing;

/** The steps of the housing chain, in the chain's order. */
public enum Step {
  HARBARGE("Härbärge"),
  BEHANDLING("Behandling"),
  INACKORDERINGSHEM("Inackorderingshem"),
  STODBOENDE("Stödboende"),
  TRANINGSLAGENHET("Träningslägenhet"),
  FORSOKSLAGENHET("Försökslägenhet"),
  EGET_KONTRAKT("Eget kontrakt");

  private final String label;

  Step(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Training and trial apartments: the district's stock, reached through the eligibility decision. */
  public boolean isApartment() {
    return this == TRANINGSLAGENHET || this == FORSOKSLAGENHET;
  }
}
