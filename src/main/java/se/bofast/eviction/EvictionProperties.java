package se.bofast.eviction;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Period;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * bofast.eviction.*: how many days before Kronofogden's eviction date the preparation
 * task comes, the reminder before the återvinningsfrist (working days), the follow-up
 * after a prevented eviction, the due date of each task, and the two contact settings below.
 * The application refuses to start when one of the latter is out of range, naming the setting.
 *
 * @param contactCapWorkingDays the contact deadline is never later than this many working days
 *     before the återvinningsfrist or Kronofogden's eviction date (which of the two applies
 *     is decided in eviction-case-requirements.dmn); 0 to {@value #MAX_CAP}, default 5
 * @param maxUnansweredAttempts after this many unanswered contact attempts the case goes on
 *     without contact (process variable {@code contactExhausted}); 1 to {@value #MAX_ATTEMPTS}, default 3
 */
@Validated
@ConfigurationProperties("bofast.eviction")
public record EvictionProperties(
    @Min(1) int prepareDaysBeforeEviction,
    @Min(1) int reminderWorkingDaysBeforeReclaim,
    @NotNull Period followUpAfterPrevented,
    @NotNull Period outcomeDueWithoutDates,
    @NotNull Map<String, Period> taskDue,
    @DefaultValue("5") int contactCapWorkingDays,
    @DefaultValue("3") int maxUnansweredAttempts) {

  /** The återvinningsfrist is three weeks, 15 working days at most: a larger cap means no contact time at all. */
  static final int MAX_CAP = 15;
  static final int MAX_ATTEMPTS = 10;

  public EvictionProperties {
    if (contactCapWorkingDays < 0 || contactCapWorkingDays > MAX_CAP) {
      throw new IllegalArgumentException("bofast.eviction.contact-cap-working-days must be between 0 and "
          + MAX_CAP + " (working days), was " + contactCapWorkingDays);
    }
    if (maxUnansweredAttempts < 1 || maxUnansweredAttempts > MAX_ATTEMPTS) {
      throw new IllegalArgumentException("bofast.eviction.max-unanswered-attempts must be between 1 and "
          + MAX_ATTEMPTS + ", was " + maxUnansweredAttempts);
    }
  }
}
