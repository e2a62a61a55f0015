package se.bofast.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.bofast.support.AppTest;

/**
 * The engine's side of the rule: no process or decision keeps its history longer than the
 * records' period (so the history, which carries no personal data, never outlives the record),
 * and the engine's history cleanup runs nightly to apply those TTLs.
 */
@AppTest
class EngineHistoryRetentionTest {

  @Autowired ProcessEngine engine;
  @Autowired RetentionProperties properties;

  @Test
  void everyDefinitionsHistoryTimeToLiveIsWithinTheRecordsPeriodAndTheCleanupRunsNightly() {
    Period period = properties.period();
    int maxDays = period.getYears() * 365 + period.getMonths() * 30 + period.getDays();
    var processes = engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list();
    assertThat(processes).extracting(d -> d.getKey()).contains(RetentionConstants.PROCESS_KEY);
    processes.forEach(d -> assertThat(d.getHistoryTimeToLive()).as(d.getKey()).isNotNull().isBetween(1, maxDays));
    var decisions = engine.getRepositoryService().createDecisionDefinitionQuery().latestVersion().list();
    assertThat(decisions).isNotEmpty();
    decisions.forEach(d -> assertThat(d.getHistoryTimeToLive()).as(d.getKey()).isNotNull().isBetween(1, maxDays));

    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
    assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
    assertThat(engine.getHistoryService().findHistoryCleanupJobs()).as("scheduled by the engine").isNotEmpty();
  }
}
