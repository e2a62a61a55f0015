package se.bofast.housing;

/** Why a step ended without the next one starting: the days until the next placement are the chain's gap. */
public enum StepEndCause {
  /** utskriven från behandlingen */
  DISCHARGED,
  /** lämnade boendet (inackorderingshemmet, härbärget, stödboendet) */
  LEFT_PLACEMENT,
  /** kontakten bröts */
  LOST_CONTACT,
  /** a relapse ended the placement before relapses stopped ending placements (migration V16); never set now */
  RELAPSE_BEFORE_V16
}
