package se.bofast.landlord;

import java.util.Set;
import se.bofast.platform.web.Inputs;
import se.bofast.platform.web.InvalidInputException;
import se.bofast.platform.web.TextRules;

/**
 * The rules the landlord module's services share on what staff send: a text field is
 * stripped, not longer than its maximum and free of control characters (line breaks only in
 * the contact log's notes), and agreements and needs concern landlords only. Presence and
 * blankness are {@link Inputs}' rules, as in every module.
 */
final class LandlordInputs {

  /** The free-text notes of the contact log, where line breaks are allowed. */
  private static final Set<String> MULTILINE_FIELDS = Set.of("subject", "outcome");

  private LandlordInputs() {
  }

  /** The stripped text, or a refusal naming the field when it is missing, blank or too long. */
  static String text(String value, String field, String missing, int max) {
    return checked(Inputs.requireText(value, field, missing), field, max);
  }

  /** The stripped text, null when it is missing or blank, or a refusal when it is too long. */
  static String optionalText(String value, String field, int max) {
    String trimmed = Inputs.trimToNull(value);
    return trimmed == null ? null : checked(trimmed, field, max);
  }

  /** Agreements and apartment needs are made with landlords, not with the agencies in the register. */
  static void requireLandlord(Partner partner) {
    if (partner.kind != PartnerKind.LANDLORD) {
      throw new InvalidInputException("partnerKind", "Avtal och lägenhetsbehov gäller bara hyresvärdar, inte "
          + partner.kind.label() + ".");
    }
  }

  private static String checked(String trimmed, String field, int max) {
    if (trimmed.length() > max) {
      throw new InvalidInputException(field, "Högst " + max + " tecken.");
    }
    return TextRules.check(field, trimmed, max, MULTILINE_FIELDS.contains(field));
  }
}
