package se.bofast.housing;

/** Names shared by the client-journey model and its Java glue. */
public final class HousingConstants {

  public static final String PROCESS_KEY = "client-journey";

  public static final String API_APARTMENTS = "/api/apartments";
  public static final String API_APARTMENT = API_APARTMENTS + "/{id}";
  public static final String API_JOURNEY = "/api/journeys/{caseNumber}";
  public static final String API_INTERRUPTIONS = API_JOURNEY + "/interruptions";

  public static final String MESSAGE_APARTMENT_AVAILABLE = "ApartmentAvailable";
  public static final String MESSAGE_PLACEMENT_INTERRUPTED = "PlacementInterrupted";
  public static final String MESSAGE_TAKEOVER_ANSWERED = "TakeoverAnswered";
  public static final String MESSAGE_RELAPSE_REPORTED = "RelapseReported";

  // process variables: ids, flags and what Tasklist shows; no personal data
  public static final String VAR_CLIENT_ID = "clientId";
  /** Free text on a contact form that goes into the client's journal; never kept as a variable. */
  public static final String VAR_JOURNAL_TEXT = "journalText";
  public static final String VAR_JOURNEY_ID = "journeyId";
  public static final String VAR_CASE_NUMBER = "caseNumber";
  public static final String VAR_CLIENT_DISPLAY_NAME = "clientDisplayName";
  public static final String VAR_NEEDS_OUTREACH = "needsOutreach";
  public static final String VAR_COMPLEX_NEEDS = "complexNeeds";
  public static final String VAR_OUTREACH_OUTCOME = "outreachOutcome";
  /** Task-local on "Uppsökande kontakt": the voluntary organisations the form lists (JSON, no personal data). */
  public static final String VAR_VOLUNTARY_ORGANISATIONS = "voluntaryOrganisations";
  public static final String VAR_DECIDED_STEP = "decidedStep";
  public static final String VAR_APARTMENT_STEP = "apartmentStep";
  public static final String VAR_TREATMENT_COMPLETED = "treatmentCompleted";
  public static final String VAR_DRUG_FREE_MONTHS = "drugFreeMonths";
  public static final String VAR_ELIGIBILITY = "eligibility";
  public static final String VAR_INELIGIBLE_REASON = "ineligibleReason";
  public static final String VAR_APARTMENT_RESERVED = "apartmentReserved";
  public static final String VAR_APARTMENT_ID = "apartmentId";
  public static final String VAR_PLACEMENT_ID = "placementId";
  public static final String VAR_CURRENT_STEP = "currentStep";
  public static final String VAR_NEXT_REVIEW_AT = "nextReviewAt";
  public static final String VAR_TAKEOVER_DUE = "takeoverDue";
  public static final String VAR_REVIEW_OUTCOME = "reviewOutcome";
  public static final String VAR_SUPPORT_RECOMMENDATION = "supportRecommendation";
  public static final String VAR_CLOSE_REASON = "closeReason";
  public static final String VAR_TAKEOVER_ROUTED = "takeoverRouted";
  public static final String VAR_LANDLORD_APPROVED = "landlordApproved";
  public static final String VAR_NEW_REVIEW_DATE = "newReviewDate";
  public static final String VAR_TERMINATION_CAUSE = "terminationCause";
  public static final String VAR_TERMINATION_DATE = "terminationDate";
  public static final String VAR_STEP_END_CAUSE = "stepEndCause";
  /** The relapse agreement led to an uppsägning: the placement is interrupted. */
  public static final String VAR_RELAPSE_TERMINATION = "relapseTermination";
  public static final String VAR_RELAPSE_DATE = "relapseDate";
  public static final String VAR_TRIAL_PERIOD_MONTHS = "trialPeriodMonths";
  public static final String VAR_VISITS_PER_WEEK = "visitsPerWeek";
  /** Free text: why the review chose against the support-intensity recommendation; kept in placement_review only. */
  public static final String VAR_DEVIATION_REASON = "deviationReason";
  // start form fields that a referral from another module sets too (with the client's id, never personal data)
  public static final String VAR_NEEDS = "needs";
  public static final String VAR_SITUATION = "situation";
  public static final String VAR_SHELTER_NAME = "shelterName";
  /** Set when the journey was started by an eviction case's referral. */
  public static final String VAR_EVICTION_CASE_NUMBER = "evictionCaseNumber";

  private HousingConstants() {
  }
}
