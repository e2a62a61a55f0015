package se.bofast.notify;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.time.LocalTime;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the notifications (bofast.notify). The schedules of the jobs are read by
 * {@link NotifySchedule} from the same prefix.
 *
 * @param baseUrl where staff open the application: links in the e-mails start here
 * @param from the sender's address
 * @param digestTime the time of day (Stockholm) from which the day's digest is made, on working days
 * @param retryBackoff the wait before the first retry of a notice the mail server refused; doubled
 *     on each further failure up to {@code maxBackoff}
 * @param maxBackoff the longest wait between two attempts
 * @param staleSending a notice claimed for sending this long ago by a node that never finished is
 *     tried again
 * @param retention sent (and not sent) notices are kept this long, then deleted
 */
@Validated
@ConfigurationProperties("bofast.notify")
record NotifyProperties(
    @NotNull URI baseUrl,
    @NotBlank String from,
    @NotNull LocalTime digestTime,
    @NotNull Duration retryBackoff,
    @NotNull Duration maxBackoff,
    @NotNull Duration staleSending,
    @NotNull Period retention) {

  /** The address of a path of the application, e.g. "/personal/aviseringar.html". */
  String link(String path) {
    String base = baseUrl.toString();
    return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
  }

  /** Tasklist opened on one task. */
  String taskLink(String taskId) {
    return link("/camunda/app/tasklist/default/#/?task=" + taskId);
  }
}
