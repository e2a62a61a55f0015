package se.bofast.housing;

/** What the team agreed after a relapse (seed 003: the stödboende stays in the background for relapses). */
public enum RelapseSupport {
  /** intensifierat boendestöd: more support visits a week, the placement goes on */
  INTENSIFIED_SUPPORT,
  /** a temporary stay at a stödboende or in treatment while the apartment is kept */
  TEMPORARY_STAY,
  /** the lease itself was breached: an uppsägning on a lawful cause */
  TERMINATION,
  /** recorded before V16, when a relapse ended the placement; never set now */
  PLACEMENT_ENDED_BEFORE_V16
}
