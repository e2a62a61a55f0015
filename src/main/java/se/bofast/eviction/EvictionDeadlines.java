package se.bofast.eviction;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Legal deadlines of eviction prevention, counted as Swedish law counts them.
 *
 * <p>A <em>non-working day</em> is a day on which, by Lag (1930:173) om beräkning av
 * lagstadgad tid, a deadline cannot end: Saturday, Sunday, another allmän helgdag (Lag
 * (1989:253) om allmänna helgdagar), midsommarafton, julafton or nyårsafton. The allmänna
 * helgdagar come from the jollyday library's Swedish calendar (public holidays only), which
 * also lists the three eves. Because the eves are not helgdagar in law and a library update
 * could reclassify them, they are also recognised here by their own rule, independent of the
 * library: midsommarafton is the Friday between 19 and 25 June, julafton 24 December and
 * nyårsafton 31 December.
 *
 * <p>All dates are calendar dates in Sweden; nothing here reads the clock.
 */
@Component
public class EvictionDeadlines {

  /** Återvinningsfrist for a dwelling, JB 12:44: three weeks. */
  static final int RECLAIM_PERIOD_WEEKS = 3;

  private static final MonthDay JULAFTON = MonthDay.of(Month.DECEMBER, 24);
  private static final MonthDay NYARSAFTON = MonthDay.of(Month.DECEMBER, 31);

  private final HolidayManager holidays;
  private final Map<Integer, Set<LocalDate>> publicHolidaysByYear = new ConcurrentHashMap<>();

  public EvictionDeadlines() {
    this.holidays = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.SWEDEN));
  }

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
    Objects.requireNonNull(date, "date");
    DayOfWeek weekday = date.getDayOfWeek();
    return weekday == DayOfWeek.SATURDAY
        || weekday == DayOfWeek.SUNDAY
        || publicHolidays(date.getYear()).contains(date)
        || isEquatedEve(date);
  }

  /**
   * Midsommarafton, julafton and nyårsafton: not allmänna helgdagar, but equated with them for
   * deadlines by Lag (1930:173) 2 §.
   */
  static boolean isEquatedEve(LocalDate date) {
    MonthDay monthDay = MonthDay.from(date);
    if (monthDay.equals(JULAFTON) || monthDay.equals(NYARSAFTON)) {
      return true;
    }
    // midsommarafton: the Friday between 19 and 25 June (Lag (1989:253) 1 §: midsommardagen is
    // the Saturday between 20 and 26 June)
    return date.getMonth() == Month.JUNE
        && date.getDayOfWeek() == DayOfWeek.FRIDAY
        && date.getDayOfMonth() >= 19
        && date.getDayOfMonth() <= 25;
  }

  private LocalDate onOrNextWorkingDay(LocalDate date) {
    LocalDate day = date;
    while (isNonWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  private Set<LocalDate> publicHolidays(int year) {
    return publicHolidaysByYear.computeIfAbsent(year, y ->
        holidays.getHolidays(Year.of(y), HolidayType.PUBLIC_HOLIDAY).stream()
            .map(Holiday::getActualDate)
            .collect(Collectors.toUnmodifiableSet()));
  }

  private static void requireNotNegative(int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days must be 0 or more, was " + days);
    }
  }
}
