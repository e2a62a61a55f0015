package se.bofast.eviction;

import java.util.List;

/** Names shared by the eviction module's models (eviction-priority.dmn) and its Java glue. */
public final class EvictionConstants {

  /** Decision "Prioritet för vräkningsärende" (processes/eviction-priority.dmn). */
  public static final String DECISION_PRIORITY = "eviction-priority";

  // inputs of eviction-priority
  public static final String VAR_CHILDREN_IN_HOUSEHOLD = "childrenInHousehold";
  public static final String VAR_SIGNAL_TYPE = "signalType";
  public static final String VAR_DAYS_UNTIL_EVICTION = "daysUntilEviction";
  public static final String VAR_RENT_DEBT_SEK = "rentDebtSek";

  // outputs of eviction-priority
  public static final String VAR_PRIORITY = "priority";
  public static final String VAR_CONTACT_WITHIN_DAYS = "contactWithinDays";

  // signal types (values of signalType)
  public static final String SIGNAL_RENT_ARREARS = "RENT_ARREARS";
  public static final String SIGNAL_DISTURBANCE = "DISTURBANCE";
  public static final String SIGNAL_EVICTION_DATE_SET = "EVICTION_DATE_SET";
  public static final String SIGNAL_EARLY_WARNING = "EARLY_WARNING";
  public static final List<String> SIGNAL_TYPES = List.of(
      SIGNAL_RENT_ARREARS, SIGNAL_DISTURBANCE, SIGNAL_EVICTION_DATE_SET, SIGNAL_EARLY_WARNING);

  // priorities (values of priority)
  public static final String PRIORITY_URGENT = "URGENT";
  public static final String PRIORITY_HIGH = "HIGH";
  public static final String PRIORITY_NORMAL = "NORMAL";

  /** Process "Vräkningsförebyggande ärende". */
  public static final String PROCESS_KEY = "eviction-prevention";
  public static final String MESSAGE_CASE_OPENED = "EvictionSignalOpened";
  public static final String MESSAGE_SIGNAL_RECEIVED = "EvictionSignalReceived";
  public static final String MESSAGE_EVICTION_DATE_SET = "EvictionDateSet";

  public static final String API_SIGNALS = "/api/eviction-signals";
  public static final String API_CASES = "/api/eviction-cases";
  public static final String API_CASE = API_CASES + "/{caseId}";

  // process variables: ids, flags, dates and what Tasklist shows
  public static final String VAR_CASE_ID = "evictionCaseId";
  public static final String VAR_CASE_NUMBER = "caseNumber";
  public static final String VAR_DISPLAY_NAME = "clientDisplayName";
  public static final String VAR_NEW_CASE = "newCase";
  public static final String VAR_HAS_CHILDREN = "hasChildren";
  public static final String VAR_CONTACT_DEADLINE = "contactDeadline";
  public static final String VAR_RECLAIM_DEADLINE = "reclaimDeadline";
  public static final String VAR_AID_REMINDER_AT = "aidReminderAt";
  public static final String VAR_EVICTION_AT = "evictionAt";
  public static final String VAR_EVICTION_PREPARE_AT = "evictionPrepareAt";
  public static final String VAR_OUTCOME_DUE = "outcomeDue";
  public static final String VAR_REACHED = "reached";
  public static final String VAR_OUTCOME = "outcome";
  /** Not reached and the case's unanswered attempts reached the setting bofast.eviction.max-unanswered-attempts. */
  public static final String VAR_CONTACT_EXHAUSTED = "contactExhausted";
  /** Children in the household, or their number unknown: the UV-team and the home visit come at once. */
  public static final String VAR_CHILDREN_FIRST = "childrenFirst";
  /** A rent-arrears signal is on the case: an aid decision is needed. */
  public static final String VAR_RENT_ARREARS = "rentArrears";
  /** A disturbance case: a meeting with the landlord instead of the early-warning contact. */
  public static final String VAR_LANDLORD_MEETING_NEEDED = "landlordMeetingNeeded";
  /** The case number of the tenant's open client-journey, when the tenant is already in the housing chain. */
  public static final String VAR_CHAIN_JOURNEY = "chainJourneyCaseNumber";

  private EvictionConstants() {
  }
}
