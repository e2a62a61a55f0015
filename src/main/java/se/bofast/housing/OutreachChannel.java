package se.bofast.housing;

/** How an outreach contact with a person came about (issue 14: first contacts by channel). */
public enum OutreachChannel {
  /** the outreach team's own work on the street, at the shelter, ... */
  OUTREACH("Uppsökande arbete"),
  /** through a voluntary organisation: the organisation is a partner in the register */
  VOLUNTARY_ORGANISATION("Ideell organisation"),
  POLICE("Polisen"),
  OTHER("Annat");

  private final String label;

  OutreachChannel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
