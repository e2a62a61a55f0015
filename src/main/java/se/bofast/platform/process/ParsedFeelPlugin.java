package se.bofast.platform.process;

import java.util.List;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Gives the engine's DMN engine the FEEL engine that parses each expression once
 * ({@link ParsedFeelCache}); everything else about the DMN engine stays the engine's default.
 * The custom function providers are read when the engine creates its FEEL engine, after it has
 * set them.
 */
@Component
class ParsedFeelPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.isDmnFeelEnableLegacyBehavior()) {
      return;
    }
    DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration();
    if (dmn == null) {
      dmn = (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
      configuration.setDmnEngineConfiguration(dmn);
    }
    DefaultDmnEngineConfiguration engine = dmn;
    engine.setFeelEngineFactory(() -> {
      var providers = engine.getFeelCustomFunctionProviders();
      return new ParsedFeelCache(providers == null ? List.of() : providers);
    });
  }
}
