package se.bofast.eviction;

/** How an eviction case ended, in Kronofogden's terms. */
public enum Outcome {
  /** the tenant stays */
  PREVENTED,
  /** the tenant moved on their own */
  MOVED,
  /** the eviction was carried out */
  EVICTED,
  /** the landlord withdrew the notice or the application */
  WITHDRAWN
}
