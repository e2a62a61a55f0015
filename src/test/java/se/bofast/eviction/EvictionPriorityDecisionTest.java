package se.bofast.eviction;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import se.bofast.support.AppTest;

/**
 * processes/eviction-priority.dmn rule by rule through the engine's DecisionService, as the
 * application deploys it. Which rule matched is read from the decision's history. An empty
 * CSV cell is null.
 */
@AppTest
class EvictionPriorityDecisionTest {

  static final String CHILDREN = "Rule_ChildrenInHousehold";
  static final String WITHIN_14_DAYS = "Rule_EvictionWithin14Days";
  static final String DATE_OR_ARREARS = "Rule_EvictionDateOrRentArrears";
  static final String CHILDREN_UNKNOWN = "Rule_ChildrenUnknown";
  static final String DISTURBANCE = "Rule_Disturbance";
  static final String EARLY_WARNING = "Rule_EarlyWarning";

  @Autowired
  DecisionService decisionService;

  @Autowired
  HistoryService historyService;

  @ParameterizedTest(name = "children={0} signal={1} days={2} debt={3} -> {4}/{5} by {6}")
  @CsvSource(delimiter = '|', value = {
      // children in the household (> 0) come first, whatever else is known
      "1  | EARLY_WARNING     |     |        | URGENT | 1  | Rule_ChildrenInHousehold",
      "3  | DISTURBANCE       | 60  | 0      | URGENT | 1  | Rule_ChildrenInHousehold",
      "1  | RENT_ARREARS      |     | 25000  | URGENT | 1  | Rule_ChildrenInHousehold",
      "2  | EVICTION_DATE_SET | 30  |        | URGENT | 1  | Rule_ChildrenInHousehold",
      "1  | DISTURBANCE       | -1  |        | URGENT | 1  | Rule_ChildrenInHousehold",
      // eviction date within 14 days, today, or already passed
      "0  | EVICTION_DATE_SET | 14  |        | URGENT | 1  | Rule_EvictionWithin14Days",
      "0  | EVICTION_DATE_SET | 0   |        | URGENT | 1  | Rule_EvictionWithin14Days",
      "0  | EVICTION_DATE_SET | -3  |        | URGENT | 1  | Rule_EvictionWithin14Days",
      "0  | RENT_ARREARS      | 1   | 8000   | URGENT | 1  | Rule_EvictionWithin14Days",
      "   | EVICTION_DATE_SET | 10  |        | URGENT | 1  | Rule_EvictionWithin14Days",
      "0  | EARLY_WARNING     | 14  |        | URGENT | 1  | Rule_EvictionWithin14Days",
      "0  | DISTURBANCE       | 7   |        | URGENT | 1  | Rule_EvictionWithin14Days",
      // eviction date set (later than 14 days or no date yet) or rent arrears
      "0  | EVICTION_DATE_SET | 15  |        | HIGH   | 3  | Rule_EvictionDateOrRentArrears",
      "0  | EVICTION_DATE_SET |     |        | HIGH   | 3  | Rule_EvictionDateOrRentArrears",
      "0  | RENT_ARREARS      |     | 12000  | HIGH   | 3  | Rule_EvictionDateOrRentArrears",
      "0  | RENT_ARREARS      | 15  |        | HIGH   | 3  | Rule_EvictionDateOrRentArrears",
      "   | RENT_ARREARS      |     |        | HIGH   | 3  | Rule_EvictionDateOrRentArrears",
      "   | EVICTION_DATE_SET | 15  |        | HIGH   | 3  | Rule_EvictionDateOrRentArrears",
      // children unknown: at least HIGH
      "   | DISTURBANCE       |     |        | HIGH   | 3  | Rule_ChildrenUnknown",
      "   | EARLY_WARNING     |     |        | HIGH   | 3  | Rule_ChildrenUnknown",
      "   | EARLY_WARNING     | 15  | 3000   | HIGH   | 3  | Rule_ChildrenUnknown",
      // no children
      "0  | DISTURBANCE       |     |        | NORMAL | 5  | Rule_Disturbance",
      "0  | DISTURBANCE       | 15  |        | NORMAL | 5  | Rule_Disturbance",
      "0  | EARLY_WARNING     |     |        | NORMAL | 10 | Rule_EarlyWarning",
      "0  | EARLY_WARNING     | 100 | 50000  | NORMAL | 10 | Rule_EarlyWarning"})
  void ruleByRule(Integer children, String signalType, Integer daysUntilEviction, BigDecimal rentDebtSek,
      String priority, int contactWithinDays, String ruleId) {
    Evaluation evaluation = evaluate(children, signalType, daysUntilEviction, rentDebtSek);

    assertThat(evaluation.priority()).isEqualTo(priority);
    assertThat(evaluation.contactWithinDays()).isEqualTo(contactWithinDays);
    assertThat(evaluation.ruleId()).isEqualTo(ruleId);
  }

  @Test
  void everyRuleIsReachable() {
    Set<String> hit = Arrays.stream(new Object[][] {
            {1, "EARLY_WARNING", null},
            {0, "EVICTION_DATE_SET", 14},
            {0, "RENT_ARREARS", null},
            {null, "DISTURBANCE", null},
            {0, "DISTURBANCE", null},
            {0, "EARLY_WARNING", null}})
        .map(row -> evaluate((Integer) row[0], (String) row[1], (Integer) row[2], null).ruleId())
        .collect(Collectors.toSet());
    assertThat(hit).containsExactlyInAnyOrder(
        CHILDREN, WITHIN_14_DAYS, DATE_OR_ARREARS, CHILDREN_UNKNOWN, DISTURBANCE, EARLY_WARNING);
  }

  @Test
  void rentDebtDoesNotChangeTheResultUnderTheStartingPolicy() {
    List<BigDecimal> debts = Arrays.asList(null, BigDecimal.ZERO, new BigDecimal("1500.50"), new BigDecimal("250000"));
    List<String> checked = new ArrayList<>();
    for (String signalType : EvictionConstants.SIGNAL_TYPES) {
      for (Integer children : Arrays.asList(null, 0, 1)) {
        for (Integer days : Arrays.asList(null, -1, 14, 15)) {
          DmnDecisionTableResult withoutDebt = evaluateRaw(children, signalType, days, null);
          for (BigDecimal debt : debts) {
            assertThat(evaluateRaw(children, signalType, days, debt).getSingleResult().getEntryMap())
                .as("%s children=%s days=%s debt=%s", signalType, children, days, debt)
                .isEqualTo(withoutDebt.getSingleResult().getEntryMap());
          }
          checked.add(signalType + children + days);
        }
      }
    }
    assertThat(checked).hasSize(4 * 3 * 4);
  }

  @Test
  void numbersArriveAsWhateverTheCallerHasAtHand() {
    // a Long from JSON, a Double debt: the table's input types convert them
    DmnDecisionTableResult result = decisionService.evaluateDecisionTableByKey(EvictionConstants.DECISION_PRIORITY,
        Variables.createVariables()
            .putValue("childrenInHousehold", 0L)
            .putValue("signalType", "EVICTION_DATE_SET")
            .putValue("daysUntilEviction", 14L)
            .putValue("rentDebtSek", 12000.0));
    assertThat(result.getSingleResult().getEntryMap())
        .containsEntry("priority", "URGENT")
        .containsEntry("contactWithinDays", 1);
  }

  @Test
  void anUnknownSignalTypeWithoutChildrenOrDateMatchesNoRule() {
    // no catch-all row: the facade refuses unknown signal types before the table is asked
    assertThat(evaluateRaw(0, "PHONE_CALL", null, null).getResultList()).isEmpty();
    assertThat(evaluateRaw(0, null, null, null).getResultList()).isEmpty();
  }

  record Evaluation(String priority, int contactWithinDays, String ruleId) {
  }

  private DmnDecisionTableResult evaluateRaw(Integer children, String signalType, Integer days, BigDecimal debt) {
    VariableMap variables = Variables.createVariables()
        .putValue("childrenInHousehold", children)
        .putValue("signalType", signalType)
        .putValue("daysUntilEviction", days)
        .putValue("rentDebtSek", debt);
    return decisionService.evaluateDecisionTableByKey(EvictionConstants.DECISION_PRIORITY, variables);
  }

  private Evaluation evaluate(Integer children, String signalType, Integer days, BigDecimal debt) {
    Set<String> before = historicInstanceIds();
    DmnDecisionTableResult result = evaluateRaw(children, signalType, days, debt);
    DmnDecisionRuleResult single = result.getSingleResult();
    assertThat(single).as("a rule matched").isNotNull();

    List<HistoricDecisionInstance> added = historyService.createHistoricDecisionInstanceQuery()
        .decisionDefinitionKey(EvictionConstants.DECISION_PRIORITY).includeOutputs().list().stream()
        .filter(instance -> !before.contains(instance.getId()))
        .toList();
    assertThat(added).hasSize(1);
    Set<String> ruleIds = added.get(0).getOutputs().stream()
        .map(HistoricDecisionOutputInstance::getRuleId)
        .collect(Collectors.toSet());
    assertThat(ruleIds).hasSize(1);

    return new Evaluation(single.getEntry("priority"), single.<Integer>getEntry("contactWithinDays"),
        ruleIds.iterator().next());
  }

  private Set<String> historicInstanceIds() {
    return historyService.createHistoricDecisionInstanceQuery()
        .decisionDefinitionKey(EvictionConstants.DECISION_PRIORITY).list().stream()
        .map(HistoricDecisionInstance::getId)
        .collect(Collectors.toSet());
  }
}
