package se.bofast.followup;

import java.time.LocalDate;
import java.util.Date;
import org.springframework.stereotype.Component;
import se.bofast.platform.process.DueDates;

/**
 * Due dates of the follow-up module's tasks, from configuration (bofast.followup.*), used in
 * the models as ${followupDue.of('sip-meeting')} and ${followupDue.inviteBy()}.
 */
@Component("followupDue")
public class FollowupDue {

  private final FollowupProperties properties;
  private final DueDates dueDates;

  FollowupDue(FollowupProperties properties, DueDates dueDates) {
    this.properties = properties;
    this.dueDates = dueDates;
  }

  /** The due date of a task created now: 16:00 on the day the configured period ends. */
  public Date of(String taskKey) {
    return dueDates.dueAfter(properties.taskDue(), "bofast.followup.task-due", taskKey);
  }

  /** The invite task is due when the region's participants must have been invited (sip-invite-within). */
  public Date inviteBy() {
    return dueDates.dueAfter(properties.sipInviteWithin());
  }

  /** The moment a timer for a date fires: 08:00 that day, Stockholm time. */
  Date morningOf(LocalDate date) {
    return dueDates.morningOf(date);
  }
}
