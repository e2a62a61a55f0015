package se.bofast.housing;

/** What interrupted a placement (lawful grounds; no drug-test or medication conditions, JO 8958-2020). */
public enum TerminationCause {
  RELAPSE, UNPAID_RENT, DISTURBANCE, NEGLECT, DECISION_ENDED
}
