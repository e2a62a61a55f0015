package se.bofast.eviction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import se.bofast.platform.web.InvalidInputException;
import se.bofast.support.AppTest;

/**
 * processes/eviction-case-requirements.dmn row by row through the engine's DecisionService, and
 * {@link EvictionRequirements} over all signal types of a case. Which rule matched is read from
 * the decision's history.
 */
@AppTest
class EvictionCaseRequirementsDecisionTest {

  @Autowired
  DecisionService decisionService;
  @Autowired
  HistoryService historyService;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  EvictionRequirements requirements;

  @ParameterizedTest(name = "{0}: reclaim cap {1}, eviction cap {2}, landlord meeting {3} by {4}")
  @CsvSource(delimiter = '|', value = {
      "RENT_ARREARS      | true  | true | false | Rule_RentArrears",
      "DISTURBANCE       | false | true | true  | Rule_Disturbance",
      "EVICTION_DATE_SET | false | true | false | Rule_EvictionDateSet",
      "EARLY_WARNING     | false | true | false | Rule_EarlyWarning"})
  void oneRulePerSignalType(String signalType, boolean capByReclaim, boolean capByEviction, boolean meeting,
      String ruleId) {
    Set<String> before = historicInstanceIds();
    DmnDecisionTableResult result = decisionService.evaluateDecisionTableByKey(
        EvictionConstants.DECISION_CASE_REQUIREMENTS, Variables.createVariables().putValue("signalType", signalType));

    assertThat(result.getSingleResult().getEntryMap())
        .containsEntry("contactCapByReclaimDeadline", capByReclaim)
        .containsEntry("contactCapByEvictionDate", capByEviction)
        .containsEntry("landlordMeetingNeeded", meeting);
    List<HistoricDecisionInstance> added = historyService.createHistoricDecisionInstanceQuery()
        .decisionDefinitionKey(EvictionConstants.DECISION_CASE_REQUIREMENTS).includeOutputs().list().stream()
        .filter(instance -> !before.contains(instance.getId())).toList();
    assertThat(added).hasSize(1);
    assertThat(added.get(0).getOutputs()).extracting(HistoricDecisionOutputInstance::getRuleId).containsOnly(ruleId);
    assertThat(requirements.evaluate(signalType))
        .isEqualTo(new EvictionRequirements.Result(capByReclaim, capByEviction, meeting));
  }

  @Test
  void aDisturbanceNeedsALandlordMeetingAnEarlyWarningDoesNot() {
    assertThat(requirements.evaluate("DISTURBANCE").landlordMeetingNeeded()).isTrue();
    assertThat(requirements.evaluate("EARLY_WARNING").landlordMeetingNeeded()).isFalse();
  }

  @Test
  void aCaseGetsEveryLimitAndNeedThatAnyOfItsSignalTypesGives() {
    assertThat(requirements.evaluateAll(List.of("DISTURBANCE", "RENT_ARREARS", "DISTURBANCE")))
        .isEqualTo(new EvictionRequirements.Result(true, true, true));
    assertThat(requirements.evaluateAll(List.of("EARLY_WARNING", "EVICTION_DATE_SET")))
        .isEqualTo(new EvictionRequirements.Result(false, true, false));
    assertThat(requirements.evaluateAll(List.of())).isEqualTo(new EvictionRequirements.Result(false, false, false));
  }

  @Test
  void anUnknownSignalTypeIsRefusedBeforeTheTableIsAsked() {
    assertThatThrownBy(() -> requirements.evaluate("PHONE_CALL"))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("signalType"));
    assertThat(decisionService.evaluateDecisionTableByKey(EvictionConstants.DECISION_CASE_REQUIREMENTS,
        Variables.createVariables().putValue("signalType", "PHONE_CALL")).getResultList()).isEmpty();
  }

  @Test
  void theDecisionKeepsItsHistoryForFiveYears() {
    DecisionDefinition definition = repositoryService.createDecisionDefinitionQuery()
        .decisionDefinitionKey(EvictionConstants.DECISION_CASE_REQUIREMENTS).latestVersion().singleResult();
    assertThat(definition.getHistoryTimeToLive()).isEqualTo(1825);
  }

  private Set<String> historicInstanceIds() {
    return historyService.createHistoricDecisionInstanceQuery()
        .decisionDefinitionKey(EvictionConstants.DECISION_CASE_REQUIREMENTS).list().stream()
        .map(HistoricDecisionInstance::getId)
        .collect(Collectors.toSet());
  }
}
