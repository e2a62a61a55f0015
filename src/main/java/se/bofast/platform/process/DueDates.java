package se.bofast.platform.process;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Dates as the engine wants them (java.util.Date) for due dates and timers, in the
 * application's time zone: tasks fall due in the afternoon of their day, timers fire in the
 * morning of theirs.
 */
@Component
public class DueDates {

  static final int DUE_HOUR = 16;
  static final int TIMER_HOUR = 8;

  private final Clock clock;

  DueDates(Clock clock) {
    this.clock = clock;
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** A task created now, due after the period. */
  public Date dueAfter(Period period) {
    return dueOn(today().plus(period));
  }

  /**
   * A task created now, due after the period configured for it in a module's task-due table;
   * a task the table does not name is a configuration error that names the setting.
   */
  public Date dueAfter(java.util.Map<String, Period> taskDue, String setting, String taskKey) {
    Period period = taskDue.get(taskKey);
    if (period == null) {
      throw new IllegalStateException(setting + "." + taskKey + " is not configured");
    }
    return dueAfter(period);
  }

  public Date dueOn(LocalDate day) {
    return day == null ? null : toDate(day.atTime(DUE_HOUR, 0));
  }

  /** The morning of the day, as given (also when it has passed). */
  public Date morningOf(LocalDate day) {
    return day == null ? null : toDate(day.atTime(TIMER_HOUR, 0));
  }

  /** A timer firing on the morning of the day (now, when the day has passed). */
  public Date timerOn(LocalDate day) {
    if (day == null) {
      return null;
    }
    LocalDateTime at = day.atTime(TIMER_HOUR, 0);
    LocalDateTime now = LocalDateTime.now(clock);
    return toDate(at.isBefore(now) ? now : at);
  }

  public Date toDate(LocalDateTime time) {
    return time == null ? null : Date.from(time.atZone(clock.getZone()).toInstant());
  }
}
