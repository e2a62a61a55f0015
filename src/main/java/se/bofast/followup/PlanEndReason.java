package se.bofast.followup;

/**
 * Why a SIP ends. After {@link #MOVED_AWAY}, {@link #DECEASED} and {@link #CONSENT_WITHDRAWN}
 * no new SIP is asked for; otherwise a client with samsjuklighet is flagged again.
 */
public enum PlanEndReason {
  GOALS_MET, CONSENT_WITHDRAWN, MOVED_AWAY, DECEASED, OTHER;

  boolean flagsNewPlan() {
    return this == GOALS_MET || this == OTHER;
  }
}
