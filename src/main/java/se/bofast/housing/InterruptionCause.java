package se.bofast.housing;

/**
 * What staff report about a client's current placement (POST /api/journeys/{caseNumber}/interruptions,
 * /personal/avbrott.html): a relapse (an event; the placement goes on and the team agrees on support),
 * an uppsägning on a lawful cause, or a step that ended without the next one starting.
 */
public enum InterruptionCause {
  RELAPSE(null, null),
  UNPAID_RENT(TerminationCause.UNPAID_RENT, null),
  DISTURBANCE(TerminationCause.DISTURBANCE, null),
  NEGLECT(TerminationCause.NEGLECT, null),
  DECISION_ENDED(TerminationCause.DECISION_ENDED, null),
  DISCHARGED(null, StepEndCause.DISCHARGED),
  LEFT_PLACEMENT(null, StepEndCause.LEFT_PLACEMENT),
  LOST_CONTACT(null, StepEndCause.LOST_CONTACT);

  /** The Swedish refusal when the cause is missing or unknown. */
  public static final String REQUIRED = "Ange orsak: RELAPSE (återfall), UNPAID_RENT, DISTURBANCE, NEGLECT,"
      + " DECISION_ENDED (uppsägning) eller DISCHARGED, LEFT_PLACEMENT, LOST_CONTACT (steget avslutat).";

  private final TerminationCause termination;
  private final StepEndCause stepEnd;

  InterruptionCause(TerminationCause termination, StepEndCause stepEnd) {
    this.termination = termination;
    this.stepEnd = stepEnd;
  }

  /** The lawful cause of an uppsägning, or null. */
  public TerminationCause termination() {
    return termination;
  }

  /** Why the step ended without the next starting, or null. */
  public StepEndCause stepEnd() {
    return stepEnd;
  }
}
