package se.bofast.platform.web;

import java.time.LocalDate;

/**
 * The range of dates the application stores (see {@link DateRange}): nothing before 1900
 * (no client, case or contact is older) and nothing absurdly far ahead; Swedish messages
 * for the person who must correct the date.
 */
public final class DateRules {

  public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
  public static final int DEFAULT_YEARS_AHEAD = 5;

  private DateRules() {
  }

  /** What is wrong with the date, in Swedish, or null when it is in range (null dates too). */
  public static String problem(LocalDate date, LocalDate today, int yearsAhead) {
    if (date == null) {
      return null;
    }
    if (date.isBefore(EARLIEST)) {
      return "Datumet kan inte vara före " + EARLIEST + ".";
    }
    if (yearsAhead <= 0 && date.isAfter(today)) {
      return "Datumet får inte ligga i framtiden.";
    }
    LocalDate latest = today.plusYears(yearsAhead);
    if (date.isAfter(latest)) {
      return "Datumet kan inte ligga mer än " + yearsAhead + " år fram i tiden (senast " + latest + ").";
    }
    return null;
  }

  /**
   * Checks the date.
   *
   * @throws InvalidInputException naming the field when it is out of range
   */
  public static void check(String field, LocalDate date, LocalDate today, int yearsAhead) {
    String problem = problem(date, today, yearsAhead);
    if (problem != null) {
      throw new InvalidInputException(field, problem);
    }
  }
}
