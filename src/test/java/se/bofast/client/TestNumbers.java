package se.bofast.client;

import dev.personnummer.Personnummer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Valid personal numbers for tests, made with the library (so never hand-computed check
 * digits), each one new in this test JVM: the H2 suite shares one database.
 */
final class TestNumbers {

  private static final AtomicInteger NEXT = new AtomicInteger();
  private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

  private TestNumbers() {
  }

  /** A new valid personnummer as YYYYMMDD-NNNN. */
  static String next() {
    int n = NEXT.getAndIncrement();
    return withCheckDigit(LocalDate.of(1960, 1, 1).plusDays(n / 50), 800 + n % 50, false);
  }

  /** A new valid samordningsnummer (day of birth + 60) as YYYYMMDD-NNNN. */
  static String nextCoordination() {
    int n = NEXT.getAndIncrement();
    return withCheckDigit(LocalDate.of(1975, 1, 1).plusDays(n / 50), 900 + n % 50, true);
  }

  static String withCheckDigit(LocalDate born, int serial, boolean coordination) {
    String date = born.format(DATE);
    if (coordination) {
      date = date.substring(0, 6) + (Integer.parseInt(date.substring(6)) + 60);
    }
    for (int digit = 0; digit <= 9; digit++) {
      String candidate = date + "-" + String.format("%03d", serial) + digit;
      if (Personnummer.valid(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("no check digit for " + date + serial);
  }

  /** The same number with a wrong check digit. */
  static String withWrongCheckDigit(String valid) {
    int last = valid.charAt(valid.length() - 1) - '0';
    return valid.substring(0, valid.length() - 1) + (last + 1) % 10;
  }

  static String digits(String number) {
    return number.replace("-", "");
  }
}
