package se.bofast.platform.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.bofast.support.AppTest;

/**
 * Each module declares its own personal-data variables; the engine's history level keeps out
 * the union of them, which is the set the platform listed itself before the modules did.
 */
@AppTest
class PersonalDataVariablesTest {

  /**
   * The personal-data form fields of every process, as PersonalDataHistoryLevel listed them before
   * issue 11, and those added since (issue 12: the co-tenant of eviction-start, the reason for an
   * out-of-order contact channel; issue 15 item 3: the shelter, which locates the person).
   */
  static final Set<String> EVERY_PERSONAL_VARIABLE = Set.of(
      "personalNumber", "firstName", "lastName", "alias", "tenantName", "tenantPersonalNumber", "street",
      "coTenantPersonalNumber", "coTenantName", "uvMeasures", "uvResponsible",
      "contactSubject", "contactOutcome",
      "psychiatryName", "addictionCareName", "otherName", "assessmentResult", "followupNote", "declineNote",
      "socialServicesAction", "psychiatryAction", "addictionCareAction", "otherAction", "clientAction",
      "outOfOrderReason", "journalText", "deviationReason", "shelterName",
      // issue 15 item 4: the enhetschef's reasons to hold a client in records-retention
      "holdReasons");

  @Autowired ProcessEngine engine;
  @Autowired List<PersonalDataVariables> declarations;

  @Test
  void theEnginesHistoryLevelKeepsOutTheUnionOfTheModulesDeclarations() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine
        .getProcessEngineConfiguration();
    assertThat(configuration.getHistoryLevel()).isInstanceOf(PersonalDataHistoryLevel.class);
    Set<String> kept = ((PersonalDataHistoryLevel) configuration.getHistoryLevel()).personalVariables();

    assertThat(kept).containsExactlyInAnyOrderElementsOf(EVERY_PERSONAL_VARIABLE);
    assertThat(declarations.stream().flatMap(d -> d.names().stream()).collect(Collectors.toSet()))
        .isEqualTo(kept);
  }

  @Test
  void eachModuleDeclaresItsOwnOnce() {
    assertThat(declarations).extracting(d -> d.getClass().getPackageName())
        .containsExactlyInAnyOrder("se.bofast.housing", "se.bofast.eviction", "se.bofast.landlord",
            "se.bofast.followup", "se.bofast.retention");
  }

  @Test
  void theLevelIsTheUnionOfWhatItIsGiven() {
    PersonalDataHistoryLevel level = PersonalDataHistoryLevel.of(List.of(() -> Set.of("a", "b"), () -> Set.of("b", "c")));
    assertThat(level.personalVariables()).containsExactlyInAnyOrder("a", "b", "c");
    assertThat(level.getName()).isEqualTo("full-without-personal-data");
  }
}
