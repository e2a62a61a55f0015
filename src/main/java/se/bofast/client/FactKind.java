package se.bofast.client;

/** Facts about a client's treatment that the housing chain's rules read. */
public enum FactKind {
  TREATMENT_COMPLETED, DRUG_FREE_SINCE
}
