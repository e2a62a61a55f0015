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

  private EvictionConstants() {
  }
}
