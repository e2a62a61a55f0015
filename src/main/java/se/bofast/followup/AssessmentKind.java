package se.bofast.followup;

/** The follow-up instruments: ASI (addiction) Grund and Uppföljning, DUR (socialpsykiatri). */
public enum AssessmentKind {
  ASI_GRUND("ASI Grund"), ASI_UPPFOLJNING("ASI Uppföljning"), DUR("DUR");

  private final String label;

  AssessmentKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean isAsi() {
    return this != DUR;
  }
}
