package se.bofast.housing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import se.bofast.identity.Groups;
import se.bofast.support.AppTest;

/** The decisions of client-journey, rule by rule, through the engine's DecisionService. An empty CSV cell is null. */
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

  /**
   * placement-reviewer.dmn (hit policy FIRST). Each rule has its own group, so the group names the
   * rule that won; rows where an earlier rule also matches show the order.
   */
  @ParameterizedTest(name = "complex needs {0}, step {1}: {2}")
  @CsvSource({
      // Rule_ComplexNeeds: the case manager follows the client through the whole chain
      "true, HARBARGE, case-manager",
      "true, STODBOENDE, case-manager",
      "true, TRANINGSLAGENHET, case-manager",
      "true, FORSOKSLAGENHET, case-manager",
      "true, , case-manager",
      // Rule_Apartment: training and trial apartments
      "false, TRANINGSLAGENHET, boendelots",
      "false, FORSOKSLAGENHET, boendelots",
      ", FORSOKSLAGENHET, boendelots",
      // Rule_OtherStep
      "false, HARBARGE, socialsekreterare",
      "false, BEHANDLING, socialsekreterare",
      "false, INACKORDERINGSHEM, socialsekreterare",
      "false, STODBOENDE, socialsekreterare",
      "false, EGET_KONTRAKT, socialsekreterare",
      "false, , socialsekreterare",
      ", , socialsekreterare"})
  void placementReviewer(Boolean complexNeeds, String currentStep, String group) {
    DmnDecisionTableResult result = decisions.evaluateDecisionTableByKey("placement-reviewer",
        Variables.putValue("complexNeeds", complexNeeds).putValue("currentStep", currentStep));
    assertThat(result).hasSize(1);
    assertThat((String) result.getSingleResult().getEntry("reviewerGroup")).isEqualTo(group);
  }

  @Test
  void everyStepHasAReviewer() {
    for (Step step : Step.values()) {
      for (Boolean complexNeeds : Arrays.asList(true, false, null)) {
        String group = decisions.evaluateDecisionTableByKey("placement-reviewer",
            Variables.putValue("complexNeeds", complexNeeds).putValue("currentStep", step.name()))
            .getSingleResult().getEntry("reviewerGroup");
        assertThat(group).as("%s, complex needs %s", step, complexNeeds).isIn(Groups.STAFF);
      }
    }
  }
}
