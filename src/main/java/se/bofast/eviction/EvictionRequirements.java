package se.bofast.eviction;

import static se.bofast.eviction.EvictionConstants.DECISION_CASE_REQUIREMENTS;
import static se.bofast.eviction.EvictionConstants.OUT_CAP_BY_EVICTION_DATE;
import static se.bofast.eviction.EvictionConstants.OUT_CAP_BY_RECLAIM_DEADLINE;
import static se.bofast.eviction.EvictionConstants.VAR_LANDLORD_MEETING_NEEDED;
import static se.bofast.eviction.EvictionConstants.VAR_SIGNAL_TYPE;

import java.util.Collection;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * What the signals of a case require beyond its priority, decided by the latest deployed version
 * of {@code eviction-case-requirements.dmn}: which dates cap the contact deadline, and whether a
 * landlord meeting is needed. Runs with the caller's engine authentication, like
 * {@link EvictionPriority}.
 */
@Component
public class EvictionRequirements {

  private final DecisionService decisionService;

  public EvictionRequirements(DecisionService decisionService) {
    this.decisionService = decisionService;
  }

  /**
   * @param signalType RENT_ARREARS, DISTURBANCE, EVICTION_DATE_SET or EARLY_WARNING
   * @throws se.bofast.platform.web.InvalidInputException for a missing or unknown signal type
   * @throws IllegalStateException when the deployed decision gives no complete answer
   */
  public Result evaluate(String signalType) {
    EvictionPriority.requireSignalType(signalType);
    DmnDecisionRuleResult rule = decisionService.evaluateDecisionTableByKey(DECISION_CASE_REQUIREMENTS,
        Variables.createVariables().putValue(VAR_SIGNAL_TYPE, signalType)).getSingleResult();
    if (rule == null) {
      throw new IllegalStateException("Decision " + DECISION_CASE_REQUIREMENTS + " matched no rule for signalType="
          + signalType);
    }
    return new Result(flag(rule, OUT_CAP_BY_RECLAIM_DEADLINE), flag(rule, OUT_CAP_BY_EVICTION_DATE),
        flag(rule, VAR_LANDLORD_MEETING_NEEDED));
  }

  /** What all the case's signal types require together: each limit and need any of them gives. */
  public Result evaluateAll(Collection<String> signalTypes) {
    return signalTypes.stream().distinct().map(this::evaluate).reduce(Result.NONE, Result::and);
  }

  private static boolean flag(DmnDecisionRuleResult rule, String output) {
    Boolean value = rule.getEntry(output);
    if (value == null) {
      throw new IllegalStateException("Decision " + DECISION_CASE_REQUIREMENTS + " gave no " + output);
    }
    return value;
  }

  /**
   * @param capByReclaimDeadline the contact deadline lies before the återvinningsfrist
   * @param capByEvictionDate the contact deadline lies before Kronofogden's eviction date
   * @param landlordMeetingNeeded a meeting with the landlord is needed (a disturbance)
   */
  public record Result(boolean capByReclaimDeadline, boolean capByEvictionDate, boolean landlordMeetingNeeded) {

    static final Result NONE = new Result(false, false, false);

    Result and(Result other) {
      return new Result(capByReclaimDeadline || other.capByReclaimDeadline,
          capByEvictionDate || other.capByEvictionDate, landlordMeetingNeeded || other.landlordMeetingNeeded);
    }
  }
}
