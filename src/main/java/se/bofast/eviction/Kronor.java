package se.bofast.eviction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import se.bofast.platform.web.InvalidInputException;

/**
 * The one rule for a sum of money on an eviction case (the signal's rent debt, the aid granted,
 * the debt at the outcome): kronor and öre, not negative, at most {@link #MAX}, stored with two
 * decimals as the NUMERIC(12,2) columns hold it.
 */
final class Kronor {

  static final BigDecimal MAX = new BigDecimal("99999999.99");

  private Kronor() {
  }

  /**
   * The amount with two decimals; a refusal names {@code field}, says {@code negative} for a
   * negative amount and "{@code label} anges i kronor och ören …" for too many decimals or too much.
   */
  static BigDecimal of(BigDecimal amount, String field, String label, String negative) {
    if (amount.signum() < 0) {
      throw new InvalidInputException(field, negative);
    }
    if (amount.stripTrailingZeros().scale() > 2 || amount.compareTo(MAX) > 0) {
      throw new InvalidInputException(field, label + " anges i kronor och ören, högst 99 999 999,99.");
    }
    return amount.setScale(2, RoundingMode.UNNECESSARY);
  }
}
