package se.bofast.eviction;

/** The social services' decision on ekonomiskt bistånd for the rent debt (column aid_decision). */
public enum AidDecision {
  /** aid granted, with an amount */
  GRANTED,
  /** aid refused (avslag) */
  REFUSED
}
