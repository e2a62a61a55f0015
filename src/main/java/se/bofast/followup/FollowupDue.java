package se.bofast.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Due dates of the follow-up module's tasks, from configuration (bofast.followup.*), used in
 * the models as ${followupDue.of('sip-meeting')} and ${followupDue.inviteBy()}.
 */
@Component("followupDue")
public class FollowupDue {

  private final FollowupProperties properties;
  private final Clock clock;

  FollowupDue(FollowupProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  /** The due date of a task created now: 16:00 on the day the configured period ends. */
  public Date of(String taskKey) {
    return at(LocalDate.now(clock).plus(properties.dueIn(taskKey)), 16);
  }

  /** The invite task is due when the region's participants must have been invited (sip-invite-within). */
  public Date inviteBy() {
    return at(LocalDate.now(clock).plus(properties.sipInviteWithin()), 16);
  }

  /** The moment a timer for a date fires: 08:00 that day, Stockholm time. */
  Date morningOf(LocalDate date) {
    return at(date, 8);
  }

  private Date at(LocalDate date, int hour) {
    return Date.from(date.atTime(hour, 0).atZone(clock.getZone()).toInstant());
  }
}
