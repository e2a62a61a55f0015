package se.bofast.audit;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import se.bofast.platform.SwedishCalendar;

/** Swedish working days for the review ({@link SwedishCalendar}, the rule deadlines use too). */
@Component
class WorkingDays {

  private final SwedishCalendar calendar = SwedishCalendar.shared();

  boolean isWorkingDay(LocalDate date) {
    return calendar.isWorkingDay(date);
  }

  /** The first working day of the month of the date. */
  LocalDate firstOfMonth(LocalDate date) {
    LocalDate day = date.withDayOfMonth(1);
    while (!isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }
}
