package se.bofast.landlord;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.bofast.platform.web.InvalidInputException;

/**
 * A Swedish organisationsnummer (Bolagsverket, Skatteverket SKV 709): ten digits NNNNNN-NNNN.
 * The first digit is the legal form's group (1-9), the third and fourth digits are at least
 * 20 (which tells it from a personnummer, whose month is 01-12) and the last digit is the
 * Luhn (mod 10) check digit over the first nine. Written as 10 digits, with or without the
 * hyphen, or as 12 digits with the prefix 16. No maintained Java library for this is on
 * Maven Central (the organisationsnummer project publishes its Java port elsewhere), hence
 * this check. A sole trader's personnummer is refused: it is personal data and does not
 * belong in the partner register. Public: eviction checks a tenant's landlord with the same rule.
 */
public final class OrganisationNumber {

  static final String FIELD = "organisationNumber";

  private static final Pattern FORM = Pattern.compile("(16)?(\\d{6})-?(\\d{4})");

  private OrganisationNumber() {
  }

  /** The number as NNNNNN-NNNN, or InvalidInputException on field organisationNumber. */
  public static String normalize(String input) {
    String trimmed = input == null ? "" : input.strip();
    if (trimmed.isEmpty()) {
      throw invalid("Ange organisationsnummer.");
    }
    Matcher m = FORM.matcher(trimmed);
    if (!m.matches()) {
      throw invalid("Organisationsnumret ska skrivas NNNNNN-NNNN (tio siffror).");
    }
    String digits = m.group(2) + m.group(3);
    if (digits.charAt(0) == '0') {
      throw invalid("Ogiltigt organisationsnummer: första siffran kan inte vara 0.");
    }
    if (Integer.parseInt(digits.substring(2, 4)) < 20) {
      throw invalid("Ogiltigt organisationsnummer: det ser ut som ett personnummer (tredje och fjärde siffran "
          + "ska vara minst 20).");
    }
    if (!luhnValid(digits)) {
      throw invalid("Ogiltigt organisationsnummer: kontrollsiffran stämmer inte.");
    }
    return digits.substring(0, 6) + "-" + digits.substring(6);
  }

  /** Luhn over all digits, check digit included: weights 2,1,2,1,... from the left for ten digits. */
  static boolean luhnValid(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = (digits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += d > 9 ? d - 9 : d;
    }
    return sum % 10 == 0;
  }

  private static InvalidInputException invalid(String message) {
    return new InvalidInputException(FIELD, message);
  }
}
