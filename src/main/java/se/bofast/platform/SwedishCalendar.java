package se.bofast.platform;

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

/**
 * The one Swedish calendar of working days, for legal deadlines (eviction), the access-log review
 * and the notices' digest.
 *
 * <p>A <em>non-working day</em> is a day on which, by Lag (1930:173) om beräkning av lagstadgad
 * tid, a deadline cannot end: Saturday, Sunday, another allmän helgdag (Lag (1989:253) om allmänna
 * helgdagar), midsommarafton, julafton or nyårsafton. The allmänna helgdagar come from the jollyday
 * library's Swedish calendar (public holidays only), which also lists the three eves. Because the
 * eves are not helgdagar in law and a library update could reclassify them, they are also
 * recognised here by their own rule: midsommarafton is the Friday between 19 and 25 June, julafton
 * 24 December and nyårsafton 31 December.
 */
public final class SwedishCalendar {

  private static final SwedishCalendar SHARED = new SwedishCalendar();
  private static final MonthDay JULAFTON = MonthDay.of(Month.DECEMBER, 24);
  private static final MonthDay NYARSAFTON = MonthDay.of(Month.DECEMBER, 31);

  private final HolidayManager holidays = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.SWEDEN));
  private final Map<Integer, Set<LocalDate>> publicHolidaysByYear = new ConcurrentHashMap<>();

  private SwedishCalendar() {
  }

  /** The calendar (thread-safe; the holidays of a year are read once). */
  public static SwedishCalendar shared() {
    return SHARED;
  }

  /** Whether a deadline cannot end on this day. */
  public boolean isNonWorkingDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    DayOfWeek weekday = date.getDayOfWeek();
    return weekday == DayOfWeek.SATURDAY
        || weekday == DayOfWeek.SUNDAY
        || publicHolidays(date.getYear()).contains(date)
        || isEquatedEve(date);
  }

  /** A working day: not a non-working day. */
  public boolean isWorkingDay(LocalDate date) {
    return !isNonWorkingDay(date);
  }

  /**
   * Midsommarafton, julafton and nyårsafton: not allmänna helgdagar, but equated with them for
   * deadlines by Lag (1930:173) 2 §.
   */
  public static boolean isEquatedEve(LocalDate date) {
    MonthDay monthDay = MonthDay.from(date);
    if (monthDay.equals(JULAFTON) || monthDay.equals(NYARSAFTON)) {
      return true;
    }
    // midsommarafton: the Friday between 19 and 25 June (midsommardagen is the Saturday between 20 and 26 June)
    return date.getMonth() == Month.JUNE
        && date.getDayOfWeek() == DayOfWeek.FRIDAY
        && date.getDayOfMonth() >= 19
        && date.getDayOfMonth() <= 25;
  }

  private Set<LocalDate> publicHolidays(int year) {
    return publicHolidaysByYear.computeIfAbsent(year, y ->
        holidays.getHolidays(Year.of(y), HolidayType.PUBLIC_HOLIDAY).stream()
            .map(Holiday::getActualDate)
            .collect(Collectors.toUnmodifiableSet()));
  }
}
