package se.bofast.landlord;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Fictitious, valid organisationsnummer (group 5, aktiebolag), a new one on each call. */
public final class TestOrganisationNumbers {

  private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(0, 90_000));

  private TestOrganisationNumbers() {
  }

  public static String next() {
    return withCheckDigit(String.format("5590%05d", NEXT.getAndIncrement() % 100_000));
  }

  /** Nine digits and the Luhn check digit, as NNNNNN-NNNN. */
  static String withCheckDigit(String nine) {
    for (int d = 0; d <= 9; d++) {
      String ten = nine + d;
      if (OrganisationNumber.luhnValid(ten)) {
        return ten.substring(0, 6) + "-" + ten.substring(6);
      }
    }
    throw new IllegalStateException();
  }
}
