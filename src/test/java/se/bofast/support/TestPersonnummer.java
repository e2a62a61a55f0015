package se.bofast.support;

import java.util.concurrent.atomic.AtomicInteger;

/** Valid, unique Swedish personal identity numbers for tests (born 1980-01-01 onwards, Luhn check digit). */
public final class TestPersonnummer {

  private static final AtomicInteger SERIAL = new AtomicInteger(100);

  private TestPersonnummer() {
  }

  public static String next() {
    int n = SERIAL.getAndIncrement();
    String nine = String.format("8001%02d%03d", 1 + (n / 900) % 28, 100 + n % 900);
    return "19" + nine.substring(0, 6) + "-" + nine.substring(6) + luhn(nine);
  }

  static int luhn(String nineDigits) {
    int sum = 0;
    for (int i = 0; i < nineDigits.length(); i++) {
      int d = (nineDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += d > 9 ? d - 9 : d;
    }
    return (10 - sum % 10) % 10;
  }
}
