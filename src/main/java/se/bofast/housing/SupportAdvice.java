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
  static final String OWN_APARTMENT = "own-apartment-with-support";
  static final String SUPPORTED_HOUSING = "supported-housing";

  /** Steps where the client lives in an apartment of their own (with boendestöd). */
  private static final Set<Step> OWN_APARTMENT_STEPS =
      EnumSet.of(Step.TRANINGSLAGENHET, Step.FORSOKSLAGENHET, Step.EGET_KONTRAKT);
  /** Steps with staff on site, which the rule says a client with few visits can move on from. */
  private static final Set<Step> SUPPORTED_STEPS = EnumSet.of(Step.STODBOENDE, Step.INACKORDERINGSHEM);

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
   * Whether the outcome goes against the recommendation: staying in or moving on from an own
   * apartment when supported housing is recommended, or staying at a stödboende or inackorderingshem
   * when an own apartment with support is.
   */
  static boolean isAgainst(String recommendation, Step current, ReviewOutcome outcome) {
    if (SUPPORTED_HOUSING.equals(recommendation)) {
      return OWN_APARTMENT_STEPS.contains(current)
          && (outcome == ReviewOutcome.STAY || outcome == ReviewOutcome.FORWARD || outcome == ReviewOutcome.CONVERT);
    }
    return OWN_APARTMENT.equals(recommendation) && SUPPORTED_STEPS.contains(current) && outcome == ReviewOutcome.STAY;
  }

  /** The Swedish name of a recommendation, for messages. */
  static String label(String recommendation) {
    return SUPPORTED_HOUSING.equals(recommendation) ? "stödboende" : "egen lägenhet med stöd";
  }
}
