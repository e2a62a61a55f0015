package se.bofast.housing;

/** Why a placement ended. */
public enum EndReason {
  /** the client moved on to another step of the chain */
  MOVED_ON,
  /** uppsägning or relapse: the placement was interrupted */
  TERMINATED,
  /** the client took over the first-hand contract of the trial apartment */
  TAKEOVER,
  /** the journey was closed */
  CLOSED
}
