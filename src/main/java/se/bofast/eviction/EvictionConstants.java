package se.bofast.eviction;

import java.util.List;

/** Names shared by the eviction module's models (eviction-priority.dmn) and its Java glue. */
public final class EvictionConstants {

  /** Decision "Prioritet för vräkningsärende" (processes/eviction-priority.dmn). */
  public static final String DECISION_PRIORITY = "eviction-priority";
  /** Decision "Vad signalen kräver av vräkningsärendet" (processes/eviction-case-requirements.dmn). */
  public static final String DECISION_CASE_REQUIREMENTS = "eviction-case-requirements";
  // outputs of eviction-case-requirements (input: signalType)
  public static final String OUT_CAP_BY_RECLAIM_DEADLINE = "contactCapByReclaimDeadline";
  public static final String OUT_CAP_BY_EVICTION_DATE = "contactCapByEvictionDate";

  // inputs of eviction-priority
  public static final String VAR_CHILDREN_IN_HOUSEHOLD = "childrenInHousehold";
  public static final String VAR_SIGNAL_TYPE = "signalType";
  public static final String VAR_DAYS_UNTIL_EVICTION = "daysUntilEviction";
  public static final String VAR_RENT_DEBT_SEK = "rentDebtSek";

  // outputs of eviction-priority
  public static final String VAR_PRIORITY = "priority";
  /** The priority in Swedish (Akut, Hög, Normal): what forms and Tasklist show. */
  public static final String VAR_PRIORITY_LABEL = "priorityLabel";
  /** A landlord meeting is needed (eviction-case-requirements; a disturbance). */
  public static final String VAR_LANDLORD_MEETING_NEEDED = "landlordMeetingNeeded";
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
  /** The case's journal: read, add, sign, correct; never change or delete (405). */
  public static final String API_CASE_JOURNAL = API_CASE + "/journal";
  public static final String API_CASE_JOURNAL_ENTRY = API_CASE_JOURNAL + "/{entryId}";
  public static final String API_CASE_JOURNAL_SIGNATURE = API_CASE_JOURNAL_ENTRY + "/signature";
  public static final String API_CASE_JOURNAL_CORRECTIONS = API_CASE_JOURNAL_ENTRY + "/corrections";

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
  /** Not reached, and the case's unanswered attempts reached bofast.eviction.max-unanswered-attempts. */
  public static final String VAR_CONTACT_EXHAUSTED = "contactExhausted";
  /** The channel the order letter, phone, home visit points to for the next attempt (the contact form shows it). */
  public static final String VAR_NEXT_CONTACT_CHANNEL = "nextContactChannel";
  /** Free text on the contact form: why a later channel is chosen first; stored with the attempt, never kept as a variable. */
  public static final String VAR_OUT_OF_ORDER_REASON = "outOfOrderReason";
  public static final String VAR_OUTCOME = "outcome";
  /** Children in the household, or their number unknown: the UV-team and the home visit come at once. */
  public static final String VAR_CHILDREN_FIRST = "childrenFirst";
  /** A rent-arrears signal is on the case: an aid decision is needed. */
  public static final String VAR_RENT_ARREARS = "rentArrears";
  /** The case number of the tenant's open client-journey, when the tenant is already in the housing chain. */
  public static final String VAR_CHAIN_JOURNEY = "chainJourneyCaseNumber";
  /**
   * The client's id when the tenant is a client in the housing chain (the name every process uses
   * for it): the client's team then gets the case's tasks by role.
   */
  public static final String VAR_CHAIN_CLIENT_ID = "clientId";

  private EvictionConstants() {
  }
}
