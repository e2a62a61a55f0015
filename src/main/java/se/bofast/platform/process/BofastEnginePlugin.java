package se.bofast.platform.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * The application's engine extensions: {@link PersonalDataHistoryLevel} (selected by
 * camunda.bpm.history-level), {@link InvalidInputUnwrapping}, {@link TaskListVariables} and {@link RedactedJobFailures}.
 */
@Component
class BofastEnginePlugin extends AbstractProcessEnginePlugin {

  /** Every module's declaration, created before this plugin and so before the engine is configured. */
  private final List<PersonalDataVariables> personalData;

  BofastEnginePlugin(List<PersonalDataVariables> personalData) {
    this.personalData = List.copyOf(personalData);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(0, new InvalidInputUnwrapping());
    if (configuration.getCustomHistoryLevels() == null) {
      configuration.setCustomHistoryLevels(new ArrayList<>());
    }
    configuration.getCustomHistoryLevels().add(PersonalDataHistoryLevel.of(personalData));
    if (configuration.getCustomPreBPMNParseListeners() == null) {
      configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPreBPMNParseListeners().add(new TaskListVariables());
    se.bofast.platform.process.forms.FormSubmissionGuard.register(configuration);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    RedactedJobFailures.wrap(configuration);
  }
}
