package se.bofast.landlord;

import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.springframework.stereotype.Component;

/**
 * Engine calls the register makes on its own authority: starting a partner's
 * landlord-relations instance, correlating its messages, moving its timer. The caller was
 * already checked (the bosamordnare group on /api/partners); staff have no start or update
 * rights on the process itself (they do not start it from Tasklist), so these run without
 * the engine's authorization check, inside the caller's transaction.
 */
@Component
class EngineCalls {

  private final ProcessEngine engine;

  EngineCalls(ProcessEngine engine) {
    this.engine = engine;
  }

  <T> T withoutAuthorization(Supplier<T> action) {
    return ((ProcessEngineImpl) engine).getProcessEngineConfiguration().getCommandExecutorTxRequired()
        .execute(context -> context.runWithoutAuthorization(action::get));
  }
}
