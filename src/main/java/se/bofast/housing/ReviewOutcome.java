package se.bofast.housing;

/** The outcome of "Bedöm nästa steg"; TAKEOVER comes from the landlord's approval. */
public enum ReviewOutcome {
  FORWARD, STAY, BACK, CLOSE, TAKEOVER
}
