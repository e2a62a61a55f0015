package se.bofast.housing;

/**
 * The lawful grounds for an uppsägning of a trial contract: unpaid rent, disturbances, neglect of the
 * apartment, the bistånd decision ending. A relapse is none of them (sobriety or drug tests cannot be
 * lease conditions, JO 8958-2020): it is a {@link RelapseSupport relapse} event in the journey.
 */
public enum TerminationCause {
  UNPAID_RENT, DISTURBANCE, NEGLECT, DECISION_ENDED
}
