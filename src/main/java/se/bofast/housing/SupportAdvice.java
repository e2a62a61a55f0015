package se.bofast.housing;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;
import se.bofast.platform.process.SystemAccess;

/**
 * The support-intensity rule of thumb (seed 003, support-intensity.dmn): up to three support visits a
 * week is the most that makes sense in an own apartment; four or more speak for supported housing. The
 * model runs the decision before "Bedöm nästa steg" on the visits known so far, and the form shows it;
 * at completion the decision is evaluated again on the visits the reviewer entered, and a review that
 * goes against it needs a reason.
 */
@Component
class SupportAdvice {

  static final String DECISION_KEY = "support-intensity";
  static final String SUPPORTED_HOUSING = "supported-housing";

  /** Steps where the client lives in an apartment of their own (with boendestöd). */
  private static final Set<Step> OWN_APARTMENT_STEPS =
      EnumSet.of(Step.TRANINGSLAGENHET, Step.FORSOKSLAGENHET, Step.EGET_KONTRAKT);

  private final DecisionService decisions;
  private final SystemAccess system;

  SupportAdvice(DecisionService decisions, SystemAccess system) {
    this.decisions = decisions;
    this.system = system;
  }

  /** The decision's recommendation for this many visits a week. */
  String recommend(int visitsPerWeek) {
    return system.call(() -> decisions.evaluateDecisionTableByKey(DECISION_KEY,
            Map.of(HousingConstants.VAR_VISITS_PER_WEEK, visitsPerWeek))
        .getSingleResult().getSingleEntry());
  }

  /**
   * Whether the outcome goes against the recommendation: supported housing is recommended (four or
   * more visits a week) and the client stays in, or moves on from, an apartment of their own. The
   * rule of thumb says how much support an own apartment can carry; it does not by itself say that a
   * client at a stödboende or inackorderingshem is ready to leave it, so staying there needs no reason.
   */
  static boolean isAgainst(String recommendation, Step current, ReviewOutcome outcome) {
    return SUPPORTED_HOUSING.equals(recommendation) && OWN_APARTMENT_STEPS.contains(current)
        && (outcome == ReviewOutcome.STAY || outcome == ReviewOutcome.FORWARD || outcome == ReviewOutcome.CONVERT);
  }

  /** The Swedish name of a recommendation, for messages. */
  static String label(String recommendation) {
    return SUPPORTED_HOUSING.equals(recommendation) ? "stödboende" : "egen lägenhet med stöd";
  }
}
