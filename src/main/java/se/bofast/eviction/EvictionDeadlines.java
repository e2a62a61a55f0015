package se.bofast.eviction;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import se.bofast.platform.SwedishCalendar;

/**
 * Legal deadlines of eviction prevention, counted as Swedish law counts them.
 *
 * <p>Non-working days (Saturday, Sunday, allmänna helgdagar, midsommarafton, julafton,
 * nyårsafton; Lag (1930:173)) come from {@link SwedishCalendar}.
 *
 * <p>All dates are calendar dates in Sweden; nothing here reads the clock.
 */
@Component
public class EvictionDeadlines {

  /** Återvinningsfrist for a dwelling, JB 12:44: three weeks. */
  static final int RECLAIM_PERIOD_WEEKS = 3;

  private final SwedishCalendar calendar = SwedishCalendar.shared();

  /**
   * The återvinningsfrist for rent arrears (JB 12:44): three weeks after the later of the day
   * the tenant was served the notice and the day socialnämnden was notified, moved to the next
   * working day when it ends on a non-working day (Lag (1930:173) 2 §).
   *
   * @return the last day on which the tenant can regain the tenancy by paying, or null when
   *     either date is unknown (the deadline has not started to run)
   */
  public LocalDate reclaimDeadline(LocalDate noticeServedDate, LocalDate socialServicesNotifiedDate) {
    if (noticeServedDate == null || socialServicesNotifiedDate == null) {
      return null;
    }
    LocalDate later = noticeServedDate.isAfter(socialServicesNotifiedDate)
        ? noticeServedDate : socialServicesNotifiedDate;
    return onOrNextWorkingDay(later.plusWeeks(RECLAIM_PERIOD_WEEKS));
  }

  /**
   * The day {@code days} working days before {@code date} ("a reminder three working days
   * before the deadline"); {@code date} itself does not count. With {@code days} 0: the date
   * itself when it is a working day, else the last working day before it. The result is always
   * a working day.
   *
   * @return null when {@code date} is null
   * @throws IllegalArgumentException when {@code days} is negative
   */
  public LocalDate workingDaysBefore(LocalDate date, int days) {
    requireNotNegative(days);
    if (date == null) {
      return null;
    }
    LocalDate day = date;
    if (days == 0) {
      while (isNonWorkingDay(day)) {
        day = day.minusDays(1);
      }
      return day;
    }
    int counted = 0;
    while (counted < days) {
      day = day.minusDays(1);
      if (!isNonWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /**
   * The day {@code days} working days after {@code date} (the contact deadline:
   * contactWithinDays working days from the signal date); {@code date} itself does not count.
   * With {@code days} 0: the date itself when it is a working day, else the next working day.
   * The result is always a working day.
   *
   * @return null when {@code date} is null
   * @throws IllegalArgumentException when {@code days} is negative
   */
  public LocalDate addWorkingDays(LocalDate date, int days) {
    requireNotNegative(days);
    if (date == null) {
      return null;
    }
    if (days == 0) {
      return onOrNextWorkingDay(date);
    }
    LocalDate day = date;
    int counted = 0;
    while (counted < days) {
      day = day.plusDays(1);
      if (!isNonWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /**
   * The contact deadline under its caps: {@code due}, but never later than {@code capWorkingDays}
   * working days before any of the {@code limits} (the återvinningsfrist, Kronofogden's eviction
   * date; null limits are not known yet and do not count). A cap that has already passed (the
   * limit is too close) cannot be met any more: the deadline is then today, or the next working
   * day when today is not one, so that the contact is due at once rather than overdue from the
   * start.
   *
   * @param due the deadline the priority gives (a working day, not before today)
   * @param today the day the case is assessed
   * @return a working day; null when {@code due} is null
   * @throws IllegalArgumentException when {@code capWorkingDays} is negative
   */
  public LocalDate capContactDeadline(LocalDate due, LocalDate today, int capWorkingDays, LocalDate... limits) {
    requireNotNegative(capWorkingDays);
    if (due == null) {
      return null;
    }
    LocalDate capped = due;
    for (LocalDate limit : limits) {
      LocalDate latest = workingDaysBefore(limit, capWorkingDays);
      if (latest != null && latest.isBefore(capped)) {
        capped = latest;
      }
    }
    LocalDate earliest = onOrNextWorkingDay(today);
    return capped.isBefore(earliest) ? earliest : capped;
  }

  /**
   * Whether a deadline cannot end on this day: Saturday, Sunday, allmän helgdag,
   * midsommarafton, julafton or nyårsafton.
   */
  public boolean isNonWorkingDay(LocalDate date) {
    return calendar.isNonWorkingDay(date);
  }

  /** Midsommarafton, julafton and nyårsafton, equated with helgdagar for deadlines (Lag (1930:173) 2 §). */
  static boolean isEquatedEve(LocalDate date) {
    return SwedishCalendar.isEquatedEve(date);
  }

  private LocalDate onOrNextWorkingDay(LocalDate date) {
    LocalDate day = date;
    while (isNonWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }


  private static void requireNotNegative(int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days must be 0 or more, was " + days);
    }
  }
}
