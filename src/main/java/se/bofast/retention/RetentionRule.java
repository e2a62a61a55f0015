package se.bofast.retention;

import java.time.LocalDate;
import java.time.Period;
import org.springframework.stereotype.Component;

/**
 * The rule: a client's records are removed in the calendar year after the one in which
 * {@code period} (5 years) since the last entry has passed, unless the client was born on an
 * exempt day of the month. A run on any day of year Y removes the clients whose period ended on or
 * before 31 December of Y-1: their last entry is on or before 31 December Y-1 minus the period.
 */
@Component
class RetentionRule {

  private final RetentionProperties properties;

  RetentionRule(RetentionProperties properties) {
    this.properties = properties;
  }

  /** The latest last entry that is due in a run on {@code today}. */
  LocalDate lastDueEntry(LocalDate today) {
    return LocalDate.of(today.getYear() - 1, 12, 31).minus(properties.period());
  }

  boolean exempt(int birthDayOfMonth) {
    return properties.exemptBirthDays().contains(birthDayOfMonth);
  }

  /** "5 år" for the form and the reasons. */
  String periodText() {
    Period period = properties.period();
    if (period.getMonths() == 0 && period.getDays() == 0) {
      return period.getYears() + " år";
    }
    return period.toString();
  }
}
