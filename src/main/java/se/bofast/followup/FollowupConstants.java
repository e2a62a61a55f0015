package se.bofast.followup;

/** Names shared by the assessment-followup and care-plan models and their Java glue. */
public final class FollowupConstants {

  public static final String PROCESS_ASSESSMENT_FOLLOWUP = "assessment-followup";
  public static final String PROCESS_CARE_PLAN = "care-plan";

  public static final String API_FOLLOWUPS = "/api/clients/{id}/followups";

  /** Starts care-plan for a client id (the flag: samsjuklighet without a current SIP). */
  public static final String MESSAGE_SIP_NEEDED = "SipNeeded";
  /** Ends a waiting assessment-followup: the assessment was recorded elsewhere (client-journey). */
  public static final String MESSAGE_FOLLOWUP_RECORDED = "FollowupRecorded";

  // process variables: ids, flags and what Tasklist shows; no personal data
  public static final String VAR_CLIENT_ID = "clientId";
  public static final String VAR_CASE_NUMBER = "caseNumber";
  public static final String VAR_CLIENT_DISPLAY_NAME = "clientDisplayName";
  public static final String VAR_FOLLOWUP_ID = "followupId";
  public static final String VAR_FOLLOWUP_KIND = "followupKind";
  public static final String VAR_FOLLOWUP_LABEL = "followupLabel";
  public static final String VAR_DUE_AT = "dueAt";
  public static final String VAR_CARE_PLAN_ID = "carePlanId";
  public static final String VAR_CONSENT_GIVEN = "consentGiven";
  public static final String VAR_NEXT_FOLLOW_UP_AT = "nextFollowUpAt";
  public static final String VAR_REVIEW_OUTCOME = "planReviewOutcome";
  public static final String VAR_END_REASON = "planEndReason";

  private FollowupConstants() {
  }
}
