package se.bofast.housing;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import se.bofast.support.AppTest;

/** Both decisions of client-journey, rule by rule, through the engine's DecisionService. */
@AppTest
class HousingDecisionsTest {

  @Autowired
  DecisionService decisions;

  @ParameterizedTest(name = "treatment completed {0}, {1} months drug-free: eligible {2}")
  @CsvSource({
      "false, 0, false, Missbruksbehandlingen är inte avslutad",
      "false, 24, false, Missbruksbehandlingen är inte avslutad",
      "true, 0, false, Minst sex månaders dokumenterad drogfrihet krävs",
      "true, 5, false, Minst sex månaders dokumenterad drogfrihet krävs",
      "true, 6, true, Behandlingen är avslutad och klienten har minst sex månaders",
      "true, 36, true, Behandlingen är avslutad och klienten har minst sex månaders"})
  void trainingApartmentEligibility(boolean treatmentCompleted, int months, boolean eligible, String reason) {
    DmnDecisionTableResult result = decisions.evaluateDecisionTableByKey("training-apartment-eligibility",
        Variables.putValue("treatmentCompleted", treatmentCompleted).putValue("drugFreeMonths", months));
    assertThat(result).hasSize(1);
    assertThat((Boolean) result.getSingleResult().getEntry("eligible")).isEqualTo(eligible);
    assertThat((String) result.getSingleResult().getEntry("reason")).startsWith(reason);
  }

  @ParameterizedTest(name = "{0} visits a week: {1}")
  @CsvSource({
      "0, own-apartment-with-support",
      "1, own-apartment-with-support",
      "3, own-apartment-with-support",
      "4, supported-housing",
      "7, supported-housing",
      "21, supported-housing"})
  void supportIntensity(int visitsPerWeek, String recommendation) {
    DmnDecisionTableResult result = decisions.evaluateDecisionTableByKey("support-intensity",
        Variables.putValue("visitsPerWeek", visitsPerWeek));
    assertThat((String) result.getSingleResult().getSingleEntry()).isEqualTo(recommendation);
  }
}
