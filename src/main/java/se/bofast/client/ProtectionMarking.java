package se.bofast.client;

/** The kinds of protected identity (skyddade personuppgifter) a client or a household member may have. */
public enum ProtectionMarking {
  SEKRETESSMARKERING("sekretessmarkering"),
  SKYDDAD_FOLKBOKFORING("skyddad folkbokföring"),
  FINGERADE_PERSONUPPGIFTER("fingerade personuppgifter");

  private final String label;

  ProtectionMarking(String label) {
    this.label = label;
  }

  /** The Swedish name staff read. */
  public String label() {
    return label;
  }
}
