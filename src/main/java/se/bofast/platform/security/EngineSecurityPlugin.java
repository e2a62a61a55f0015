package se.bofast.platform.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;
import se.bofast.platform.process.forms.DeployedForms;

/**
 * Puts the application's engine guards into both of the engine's transactional command
 * chains, inside the command context: {@link QueryGuard} (no expression a user sent
 * is evaluated) and {@link TaskVariableGuard} (through a task, staff read what Tasklist shows).
 */
@Component
class EngineSecurityPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    DeployedForms forms = new DeployedForms();
    if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
    }
    add(configuration.getCustomPostCommandInterceptorsTxRequired(), forms);
    if (configuration.getCustomPostCommandInterceptorsTxRequiresNew() == null) {
      configuration.setCustomPostCommandInterceptorsTxRequiresNew(new ArrayList<>());
    }
    add(configuration.getCustomPostCommandInterceptorsTxRequiresNew(), forms);
  }

  private static void add(List<CommandInterceptor> chain, DeployedForms forms) {
    chain.add(new QueryGuard());
    chain.add(new TaskVariableGuard(forms));
  }
}
