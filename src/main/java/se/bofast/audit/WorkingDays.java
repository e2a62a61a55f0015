package se.bofast.audit;

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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Swedish working days for the review: not Saturday or Sunday, not an allmän helgdag (jollyday's
 * Swedish calendar), not midsommarafton, julafton or nyårsafton (days off in practice). The same
 * rule as eviction.EvictionDeadlines, which this module may not depend on.
 */
@Component
class WorkingDays {

  private static final MonthDay JULAFTON = MonthDay.of(12, 24);
  private static final MonthDay NYARSAFTON = MonthDay.of(12, 31);

  private final HolidayManager holidays = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.SWEDEN));
  private final Map<Integer, Set<LocalDate>> byYear = new ConcurrentHashMap<>();

  boolean isWorkingDay(LocalDate date) {
    DayOfWeek weekday = date.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays(date.getYear()).contains(date)
        && !MonthDay.from(date).equals(JULAFTON) && !MonthDay.from(date).equals(NYARSAFTON)
        && !(date.getMonth() == Month.JUNE && weekday == DayOfWeek.FRIDAY && date.getDayOfMonth() >= 19
            && date.getDayOfMonth() <= 25);
  }

  /** The first working day of the month of the date. */
  LocalDate firstOfMonth(LocalDate date) {
    LocalDate day = date.withDayOfMonth(1);
    while (!isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  private Set<LocalDate> holidays(int year) {
    return byYear.computeIfAbsent(year, y -> holidays.getHolidays(Year.of(y), HolidayType.PUBLIC_HOLIDAY).stream()
        .map(Holiday::getActualDate).collect(Collectors.toUnmodifiableSet()));
  }
}
