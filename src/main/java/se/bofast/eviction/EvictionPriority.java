package se.bofast.eviction;

import static se.bofast.eviction.EvictionConstants.DECISION_PRIORITY;
import static se.bofast.eviction.EvictionConstants.PRIORITY_HIGH;
import static se.bofast.eviction.EvictionConstants.PRIORITY_NORMAL;
import static se.bofast.eviction.EvictionConstants.PRIORITY_URGENT;
import static se.bofast.eviction.EvictionConstants.SIGNAL_TYPES;
import static se.bofast.eviction.EvictionConstants.VAR_CHILDREN_IN_HOUSEHOLD;
import static se.bofast.eviction.EvictionConstants.VAR_CONTACT_WITHIN_DAYS;
import static se.bofast.eviction.EvictionConstants.VAR_DAYS_UNTIL_EVICTION;
import static se.bofast.eviction.EvictionConstants.VAR_PRIORITY;
import static se.bofast.eviction.EvictionConstants.VAR_RENT_DEBT_SEK;
import static se.bofast.eviction.EvictionConstants.VAR_SIGNAL_TYPE;

import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import se.bofast.client.Households;
import se.bofast.platform.web.InvalidInputException;

/**
 * The priority of an eviction case and how soon the household must be contacted, decided by
 * the latest deployed version of {@code eviction-priority.dmn} (process designers own the
 * rules). The decision runs with the caller's engine authentication: an authenticated user
 * needs CREATE_INSTANCE on the decision definition; calls without one are not checked.
 */
@Component
public class EvictionPriority {

  private static final Map<String, String> LABELS = Map.of(
      PRIORITY_URGENT, "Akut", PRIORITY_HIGH, "Hög", PRIORITY_NORMAL, "Normal");

  private final DecisionService decisionService;

  public EvictionPriority(DecisionService decisionService) {
    this.decisionService = decisionService;
  }

  /**
   * @param childrenInHousehold children living in the household, null when not known (counts as
   *     possibly children)
   * @param signalType RENT_ARREARS, DISTURBANCE, EVICTION_DATE_SET or EARLY_WARNING
   * @param daysUntilEviction calendar days until Kronofogden's eviction date, negative when it
   *     has passed, null when no date is set
   * @param rentDebtSek the rent debt in SEK, null when not known
   * @throws InvalidInputException for a missing or unknown signal type, a negative number of
   *     children or a negative rent debt
   * @throws IllegalStateException when the deployed decision gives no answer
   */
  public Result evaluate(Integer childrenInHousehold, String signalType, Integer daysUntilEviction,
      BigDecimal rentDebtSek) {
    requireSignalType(signalType);
    Households.childrenCount(childrenInHousehold, VAR_CHILDREN_IN_HOUSEHOLD);
    if (rentDebtSek != null && rentDebtSek.signum() < 0) {
      throw new InvalidInputException(VAR_RENT_DEBT_SEK, "Hyresskulden kan inte vara negativ.");
    }

    DmnDecisionTableResult result = decisionService.evaluateDecisionTableByKey(DECISION_PRIORITY,
        Variables.createVariables()
            .putValue(VAR_CHILDREN_IN_HOUSEHOLD, childrenInHousehold)
            .putValue(VAR_SIGNAL_TYPE, signalType)
            .putValue(VAR_DAYS_UNTIL_EVICTION, daysUntilEviction)
            .putValue(VAR_RENT_DEBT_SEK, rentDebtSek));
    DmnDecisionRuleResult first = result.getFirstResult();
    if (first == null) {
      throw new IllegalStateException("Decision " + DECISION_PRIORITY + " matched no rule for signalType="
          + signalType + ", childrenInHousehold=" + childrenInHousehold + ", daysUntilEviction=" + daysUntilEviction);
    }
    String priority = first.getEntry(VAR_PRIORITY);
    Number contactWithinDays = first.getEntry(VAR_CONTACT_WITHIN_DAYS);
    if (priority == null || contactWithinDays == null) {
      throw new IllegalStateException("Decision " + DECISION_PRIORITY + " gave no priority or contactWithinDays: " + first);
    }
    return new Result(priority, contactWithinDays.intValue());
  }

  /** Refuses a missing or unknown signal type before a decision is asked (the tables have no catch-all row). */
  static void requireSignalType(String signalType) {
    if (signalType == null || signalType.isBlank()) {
      throw new InvalidInputException(VAR_SIGNAL_TYPE, "Ange typ av signal.");
    }
    if (!SIGNAL_TYPES.contains(signalType)) {
      throw new InvalidInputException(VAR_SIGNAL_TYPE,
          "Okänd typ av signal: " + signalType + ". Tillåtna värden: " + String.join(", ", SIGNAL_TYPES) + ".");
    }
  }

  /**
   * The priority as staff read it, in Swedish: Akut, Hög, Normal.
   *
   * @throws IllegalStateException for a priority the decision does not give
   */
  public static String label(String priority) {
    String label = LABELS.get(priority);
    if (label == null) {
      throw new IllegalStateException("No Swedish label for priority " + priority);
    }
    return label;
  }

  /**
   * @param priority URGENT, HIGH or NORMAL
   * @param contactWithinDays working days from the signal date within which the household must
   *     be contacted (see {@link EvictionDeadlines#addWorkingDays})
   */
  public record Result(String priority, int contactWithinDays) {
  }
}
