package se.bofast.platform.process;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bofast.platform.web.ServerErrors;

/**
 * A failed job (an async step, a timer) keeps its exception's message and stack trace in the
 * job, in the incident Cockpit shows and in the log (ENGINE-14006). A database error's message
 * names the SQL and the values bound to it, which can be a personnummer. This wraps the
 * engine's failed-job command: when a database error is in the chain, the job and its incident
 * keep only the exception classes and SQL states (and the stack frames); other failures (the
 * application's own messages carry no personal data) keep their message for Cockpit. The log
 * line is always without messages: {@link JobFailureLogFilter} drops the engine's own, this
 * writes one under the job id.
 */
final class RedactedJobFailures implements FailedJobCommandFactory {

  private static final Logger LOG = LoggerFactory.getLogger(RedactedJobFailures.class);

  private final FailedJobCommandFactory engine;

  private RedactedJobFailures(FailedJobCommandFactory engine) {
    this.engine = engine;
  }

  /** After the engine's init, which sets its own factory. */
  static void wrap(ProcessEngineConfigurationImpl configuration) {
    configuration.setFailedJobCommandFactory(new RedactedJobFailures(configuration.getFailedJobCommandFactory()));
  }

  @Override
  public Command<Object> getCommand(String jobId, Throwable exception) {
    if (exception instanceof OptimisticLockingException) {
      LOG.debug("Job {} met a concurrent change and is retried", jobId);
      return engine.getCommand(jobId, exception);
    }
    LOG.warn("Job {} failed: {}", jobId, ServerErrors.classes(exception), ServerErrors.redacted(exception));
    return engine.getCommand(jobId, ServerErrors.fromDatabase(exception) ? ServerErrors.redactedWithCauses(exception) : exception);
  }
}
