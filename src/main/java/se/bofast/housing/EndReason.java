package se.bofast.housing;

/** Why a placement ended. */
public enum EndReason {
  /** the client moved on to another step of the chain (the next placement started the same day) */
  MOVED_ON,
  /** uppsägning on a lawful cause ({@link TerminationCause}) */
  TERMINATED,
  /** the step ended without the next one starting ({@link StepEndCause}): a gap follows */
  STEP_ENDED,
  /** the client took over the first-hand contract of the trial apartment */
  TAKEOVER,
  /** the journey was closed */
  CLOSED
}
