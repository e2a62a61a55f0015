package se.bofast.housing;

/**
 * The outcome of "Bedöm nästa steg"; TAKEOVER comes from the landlord's approval. CONVERT: the
 * training apartment becomes a trial apartment in place (same apartment, a new contract).
 */
public enum ReviewOutcome {
  FORWARD, STAY, BACK, CLOSE, TAKEOVER, CONVERT
}
