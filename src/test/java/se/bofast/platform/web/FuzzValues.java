package se.bofast.platform.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import se.bofast.support.TestPersonnummer;

/**
 * Malformed values for the fuzz test, generated with jqwik's arbitraries from one seeded
 * {@link Random} (the run is repeatable: the seed is printed). Each value is a JSON
 * fragment and says whether it is wrong wherever it is put ({@code alwaysInvalid}: a
 * control character, a bidi override, an unpaired surrogate, a text longer than every
 * column, a structure where a scalar belongs), so that the test can also catch a request
 * that was accepted though it should not have been.
 */
final class FuzzValues {

  record Fragment(String json, boolean alwaysInvalid, String kind) {
  }

  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final ObjectMapper ESCAPING = new ObjectMapper()
      .enable(JsonGenerator.Feature.ESCAPE_NON_ASCII);
  /**
   * Longer than every text column of the application but the few long free texts listed in
   * {@link #LONG_TEXTS} (the longest other column is 500 characters).
   */
  static final int LONGER_THAN_EVERY_COLUMN = 501;
  /** Free texts longer than 500 characters: "endpoint field" → the column's length. */
  static final java.util.Map<String, Integer> LONG_TEXTS = java.util.Map.of(
      "POST /api/clients/{id}/journal text", se.bofast.client.Journal.TEXT_MAX_LENGTH,
      "POST /api/clients/{id}/journal/{entryId}/corrections text", se.bofast.client.Journal.TEXT_MAX_LENGTH,
      "POST /api/eviction-cases/{caseId}/journal text", se.bofast.client.Journal.TEXT_MAX_LENGTH,
      "POST /api/eviction-cases/{caseId}/journal/{entryId}/corrections text", se.bofast.client.Journal.TEXT_MAX_LENGTH,
      // the work plan's agreement with the socialsekreterare (workplan.WorkPlanRules.AGREEMENT_MAX_LENGTH)
      "PUT /api/clients/{id}/work-plan rentDebtContact.agreement", 1000);

  private final Random random;
  private final RandomGenerator<String> anyText = Arbitraries.strings().all().ofMaxLength(150).generator(100);
  private final RandomGenerator<String> controlText = Arbitraries.strings()
      .withCharRange('\u0000', '\u0008').withCharRange('\u000b', '\u000c').withCharRange('\u000e', '\u001f')
      .withChars('\u007f', '\u0085', '\u009b', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067',
          '\u2068', '\u2069', '\ud800', '\udfff', '\ufffe', '\uffff')
      .ofMinLength(1).ofMaxLength(3).generator(10);
  private final RandomGenerator<String> wordText = Arbitraries.strings().withCharRange('a', 'z')
      .withChars('å', 'ä', 'ö', 'É', ' ', '-').ofMinLength(1).ofMaxLength(40).generator(40);
  private final RandomGenerator<Integer> hugeLength = Arbitraries.integers()
      .between(LONGER_THAN_EVERY_COLUMN, 66_000).generator(100);
  private final RandomGenerator<Long> anyLong = Arbitraries.longs().generator(1000);
  private final RandomGenerator<java.math.BigDecimal> anyDecimal = Arbitraries.bigDecimals()
      .between(new java.math.BigDecimal("-1e15"), new java.math.BigDecimal("1e15")).ofScale(4).generator(1000);
  private final RandomGenerator<Integer> dayOffset = Arbitraries.integers().between(-60_000, 60_000).generator(1000);

  private static final List<String> INJECTIONS = List.of(
      "'; DROP TABLE client; --", "' OR '1'='1", "\" OR \"\"=\"", "${7*7}", "#{7*7}", "%{7*7}", "{{7*7}}",
      "${jndi:ldap://example.invalid/a}", "<script>alert(1)</script>", "../../../../etc/passwd", "%00", "\\u0000",
      "java.lang.Runtime", "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcA==", "$(id)", "`id`", "\\", "\"", "NaN", "Infinity");
  private static final List<String> NUMBERS = List.of(
      "0", "-1", "1", "30", "31", "2147483647", "2147483648", "-2147483649", "9223372036854775807",
      "9223372036854775808", "99999999.99", "99999999.999", "100000000", "9999999999.99", "10000000000", "1e10",
      "1e20", "1E+400", "-1e-400", "1e308", "0.5", "-0.0", "12345678901234567890123456789", "0.001", "1.5e2");
  private static final List<String> FIXED_DATES = List.of(
      "-999999999-01-01", "+999999999-12-31", "999999999-12-31T23:59", "0000-01-01", "0001-01-01", "-0001-12-31",
      "1850-06-01", "1899-12-31", "1900-01-01", "2026-02-29", "2024-02-29", "2026-13-01", "2026-00-10", "2026-1-1",
      "9999-12-31", "2999-01-01T00:00", "2026-11-30T25:00", "2026-11-30T09:00:00Z", "2026-11-30T09:00+01:00",
      "30/11/2026", "i morgon", "");
  private static final List<String> WRONG_TYPES = List.of(
      "true", "false", "\"true\"", "\"false\"", "\"yes\"", "\"ja\"", "null", "0", "1", "\"\"", "\" \"");
  private static final List<String> STRUCTURES = List.of(
      "[]", "{}", "[1,2]", "{\"a\":1}", "[\"x\"]", "[[[[[[[[[[]]]]]]]]]]", "{\"$type\":\"java.lang.Runtime\"}");
  private static final List<String> ENUMS = List.of(
      "0", "1", "2", "99", "-1", "\"landlord\"", "\"LANDLORD \"", "\"LAND\\u0000LORD\"", "\"ADDICTION\"",
      "\"TRANINGSLAGENHET\"", "\"EGET_KONTRAKT\"", "\"RELAPSE\"", "\"PHONE\"", "\"RENT_ARREARS\"",
      "\"KRONOFOGDEN\"", "\"TREATMENT_COMPLETED\"");
  private static final List<String> PERSONNUMMER = List.of(
      "19121212-1213", "18500101-1236", "185001011236", "000000-0000", "19800230-1234", "1980010112345",
      "abcdefgh-ijkl", "19800191-1234", "20991231-1234", "121212+1212", "121212-1212", "19800101 1234",
      "+46701234567", "19800101-123");
  private static final List<String> ORGANISATION_NUMBERS = List.of(
      "556677-8890", "123", "16556677-8899", "165566778899", "800101-1234", "5566778899", "000000-0000",
      "55667788991", "556677_8899", "ABCDEF-GHIJ");

  FuzzValues(Random random) {
    this.random = random;
  }

  /** Any malformed (or occasionally valid) value for a field. */
  Fragment any() {
    return any(LONGER_THAN_EVERY_COLUMN - 1);
  }

  /** Any malformed (or occasionally valid) value for a field whose column holds {@code longest} characters. */
  Fragment any(int longest) {
    return switch (random.nextInt(16)) {
      case 0, 1 -> text(anyText.next(random).value(), "random text");
      case 2, 3 -> control();
      case 4 -> huge(longest);
      case 5 -> text(pick(INJECTIONS), "injection");
      case 6 -> new Fragment(pick(NUMBERS), false, "number");
      case 7 -> new Fragment(random.nextBoolean() ? String.valueOf(anyLong.next(random).value())
          : anyDecimal.next(random).value().toPlainString(), false, "random number");
      case 8 -> text(pick(FIXED_DATES), "date");
      case 9 -> text(LocalDate.now().plusDays(dayOffset.next(random).value()).toString(), "near date");
      case 10 -> new Fragment(pick(WRONG_TYPES), false, "wrong type");
      case 11 -> {
        String structure = pick(STRUCTURES);
        yield new Fragment(structure, !structure.equals("{}"), "structure"); // {} is an empty optional object
      }
      case 12 -> new Fragment(pick(ENUMS), false, "enum");
      case 13 -> text(pick(PERSONNUMMER), "personnummer");
      case 14 -> text(pick(ORGANISATION_NUMBERS), "organisationsnummer");
      default -> text(wordText.next(random).value(), "word");
    };
  }

  /** A text with a control character, a bidi override, an unpaired surrogate or a non-character in it. */
  Fragment control() {
    String bad = controlText.next(random).value();
    String word = wordText.next(random).value();
    int at = random.nextInt(word.length() + 1);
    return new Fragment(json(word.substring(0, at) + bad + word.substring(at), true), true, "control character");
  }

  Fragment huge(int longest) {
    int length = longest < LONGER_THAN_EVERY_COLUMN ? hugeLength.next(random).value()
        : longest + 1 + hugeLength.next(random).value() - LONGER_THAN_EVERY_COLUMN;
    char c = random.nextBoolean() ? 'x' : 'ä'; // 'ä' is two bytes: past the 64 KiB limit sooner
    return new Fragment(json(String.valueOf(c).repeat(length), false), true, "huge text");
  }

  /** A fresh, valid personnummer or one of the invalid ones. */
  String personnummer() {
    return random.nextInt(4) == 0 ? pick(PERSONNUMMER) : TestPersonnummer.next();
  }

  int nextInt(int bound) {
    return random.nextInt(bound);
  }

  boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }

  <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private Fragment text(String value, String kind) {
    return new Fragment(json(value, random.nextBoolean()), false, kind);
  }

  /** The text as a JSON string; escaped as \\uXXXX or raw UTF-8 (an unpaired surrogate only survives escaped). */
  private static String json(String value, boolean escaped) {
    try {
      return (escaped ? ESCAPING : PLAIN).writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
