package se.bofast.eviction;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import org.springframework.stereotype.Component;
import se.bofast.platform.process.DueDates;

/**
 * Due dates and timers of eviction-prevention, from the law's deadlines and configuration
 * (bofast.eviction.*): ${evictionDue.of('landlord-contact')}, ${evictionDue.followUpAfter()}.
 */
@Component("evictionDue")
public class EvictionDue {

  private final EvictionProperties properties;
  private final EvictionDeadlines deadlines;
  private final DueDates dueDates;
  private final Clock clock;

  EvictionDue(EvictionProperties properties, EvictionDeadlines deadlines, DueDates dueDates, Clock clock) {
    this.properties = properties;
    this.deadlines = deadlines;
    this.dueDates = dueDates;
    this.clock = clock;
  }

  public Date of(String taskKey) {
    return dueDates.dueAfter(properties.taskDue(), "bofast.eviction.task-due", taskKey);
  }

  /**
   * A date the law gives once it is known (the återvinningsfrist, a reminder before it); while it
   * is unknown, the task's configured period from now, until a later signal brings the date.
   */
  public Date orAfter(Date known, String taskKey) {
    return known != null ? known : of(taskKey);
  }

  /** The deadline while it is still ahead; a task created after it passed gets its configured period. */
  public Date notPast(Date deadline, String taskKey) {
    Date ahead = ahead(deadline);
    return ahead != null ? ahead : of(taskKey);
  }

  /** The deadline if it is still ahead, otherwise null (a moved deadline does not move an overdue task). */
  Date ahead(Date deadline) {
    return deadline != null && deadline.toInstant().isAfter(clock.instant()) ? deadline : null;
  }

  public String followUpAfter() {
    return properties.followUpAfterPrevented().toString();
  }

  /** The contact task is due at the end of the contact deadline's working day. */
  Date contactDeadline(LocalDate deadline) {
    return dueDates.toDate(deadline.atTime(17, 0));
  }

  /** The aid decision must come before the återvinningsfrist ends. */
  Date reclaimDue(LocalDate reclaimDeadline) {
    return dueDates.dueOn(reclaimDeadline);
  }

  /** The aid decision is flagged urgent some working days before the återvinningsfrist. */
  Date aidReminder(LocalDate reclaimDeadline) {
    return reclaimDeadline == null ? null
        : dueDates.timerOn(deadlines.workingDaysBefore(reclaimDeadline, properties.reminderWorkingDaysBeforeReclaim()));
  }

  /** The preparation task comes some days before Kronofogden's eviction date. */
  Date prepareEviction(LocalDateTime evictionAt) {
    return evictionAt == null ? null
        : dueDates.timerOn(evictionAt.toLocalDate().minusDays(properties.prepareDaysBeforeEviction()));
  }

  /** The outcome is due the day after the eviction date, or after the återvinningsfrist, or after a set period. */
  Date outcome(LocalDateTime evictionAt, LocalDate reclaimDeadline) {
    if (evictionAt != null) {
      return dueDates.dueOn(evictionAt.toLocalDate().plusDays(1));
    }
    if (reclaimDeadline != null) {
      return dueDates.dueOn(reclaimDeadline.plusDays(1));
    }
    return dueDates.dueAfter(properties.outcomeDueWithoutDates());
  }

  Date at(LocalDateTime time) {
    return dueDates.toDate(time);
  }
}
