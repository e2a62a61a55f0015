package se.bofast.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.bofast.platform.web.InvalidInputException;

/**
 * The period of the flows between the chain's steps: a tertial (jan–apr, maj–aug, sep–dec), a
 * calendar month, or any period from–to (both days included). A tertial's and a month's previous
 * period is the one before of the same kind; a free period has none.
 *
 * @param kind TERTIAL, MONTH or PERIOD
 * @param name "2026-2" for a tertial, "2026-05" for a month, null for a free period
 */
public record FlowPeriod(String kind, String name, LocalDate from, LocalDate to) {

  static final String TERTIAL = "TERTIAL";
  static final String MONTH = "MONTH";
  static final String PERIOD = "PERIOD";

  private static final Pattern TERTIAL_NAME = Pattern.compile("(\\d{4})-([1-3])");

  /** Tertial {@code number} (1–3) of {@code year}: four calendar months from month 4 × (number − 1) + 1. */
  static FlowPeriod tertial(int year, int number) {
    YearMonth first = YearMonth.of(year, 4 * (number - 1) + 1);
    return new FlowPeriod(TERTIAL, year + "-" + number, first.atDay(1), first.plusMonths(3).atEndOfMonth());
  }

  /** The tertial the day lies in. */
  static FlowPeriod tertialOf(LocalDate day) {
    return tertial(day.getYear(), (day.getMonthValue() - 1) / 4 + 1);
  }

  static FlowPeriod month(YearMonth month) {
    return new FlowPeriod(MONTH, month.toString(), month.atDay(1), month.atEndOfMonth());
  }

  /** The tertial or month before this one; null for a free period. */
  FlowPeriod previous() {
    return switch (kind) {
      case TERTIAL -> tertialOf(from.minusDays(1));
      case MONTH -> month(YearMonth.from(from).minusMonths(1));
      default -> null;
    };
  }

  /** "2026-2" → the second tertial of 2026; a Swedish 400 for anything else. */
  static FlowPeriod parseTertial(String value, LocalDate today) {
    Matcher m = TERTIAL_NAME.matcher(value.strip());
    if (!m.matches()) {
      throw new InvalidInputException("tertial",
          "Tertialet anges som ÅÅÅÅ-T, där T är 1 (jan–apr), 2 (maj–aug) eller 3 (sep–dec), till exempel 2026-2"
              + " (fick \"" + value + "\").");
    }
    return tertial(year(Integer.parseInt(m.group(1)), "tertial", today), Integer.parseInt(m.group(2)));
  }

  /** "2026-05" → May 2026; a Swedish 400 for anything else. */
  static FlowPeriod parseMonth(String value, LocalDate today) {
    try {
      YearMonth month = YearMonth.parse(value.strip());
      year(month.getYear(), "month", today);
      return month(month);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("month",
          "Månaden anges som ÅÅÅÅ-MM, till exempel 2026-05 (fick \"" + value + "\").");
    }
  }

  static FlowPeriod between(LocalDate from, LocalDate to) {
    return new FlowPeriod(PERIOD, null, from, to);
  }

  /** The municipality's records: not before 1900, not after next year. */
  private static int year(int year, String field, LocalDate today) {
    if (year < 1900 || year > today.getYear() + 1) {
      throw new InvalidInputException(field, "Året ska ligga mellan 1900 och nästa år (fick " + year + ").");
    }
    return year;
  }
}
