package se.bofast.platform.process;

import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import se.bofast.platform.web.InvalidInputException;

/**
 * The engine wraps what a task listener throws ("ENGINE-03051 There was an exception while
 * invoking the TaskListener ..."), which turns a refused form into a 500 with a technical
 * message. Outermost in the command chain, after the rollback, this rethrows the
 * application's own {@link InvalidInputException}: the REST API answers 400 and Tasklist
 * shows the Swedish message as written.
 */
class InvalidInputUnwrapping extends CommandInterceptor {

  @Override
  public <T> T execute(Command<T> command) {
    try {
      return next.execute(command);
    } catch (RuntimeException e) {
      for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
        if (cause instanceof InvalidInputException invalid) {
          throw invalid;
        }
      }
      throw e;
    }
  }
}
