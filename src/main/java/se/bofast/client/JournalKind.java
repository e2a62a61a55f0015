package se.bofast.client;

/** What a journal entry records, with the Swedish label staff read. */
public enum JournalKind {
  CONTACT("Kontakt"),
  VISIT("Besök"),
  DECISION("Beslut"),
  TELEPHONE("Telefon"),
  NOTE("Anteckning");

  private final String label;

  JournalKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
