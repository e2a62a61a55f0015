package se.bofast.platform.process;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

/**
 * Drops the engine's "ENGINE-14006 Exception while executing job" log line, which prints the
 * exception's message (a database error's message carries the values bound to its SQL, which can
 * be personal data); {@link RedactedJobFailures} logs the failure instead, without messages.
 * Registered in logback-spring.xml.
 */
public class JobFailureLogFilter extends TurboFilter {

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    return format != null && format.startsWith("ENGINE-14006") && logger != null
        && logger.getName().startsWith("org.camunda.bpm.engine.jobexecutor") ? FilterReply.DENY : FilterReply.NEUTRAL;
  }
}
