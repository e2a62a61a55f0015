package se.bofast.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shared rules for stored texts and dates, on their own. */
class TextRulesTest {

  @ParameterizedTest
  @ValueSource(strings = {"Åsa Öberg-Ängström", "O'Brien", "Zoë Çelik", "李小龍", "Ana 😀", "Gatan 1 B, lgh 1102"})
  void namesPeopleHaveAreAccepted(String name) {
    assertThat(TextRules.problem(name, 100, false)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\u0000b", "\u001b[31mx", "x\u007f", "x\u0085", "abc\u202edcb", "\u202ax", "\u2066x\u2069",
      "x\ud800", "\udc00x", "x\uffff", "x\u0008"})
  void controlCharactersBidiOverridesAndBrokenCharactersAreRefused(String text) {
    assertThat(TextRules.problem(text, 100, true)).startsWith("Texten innehåller ett otillåtet tecken");
  }

  @Test
  void lineBreaksOnlyInFreeText() {
    assertThat(TextRules.problem("rad 1\r\nrad 2\tslut", 100, true)).isNull();
    assertThat(TextRules.problem("rad 1\nrad 2", 100, false)).contains("radbrytning");
  }

  @Test
  void lengthIsTheColumnsAndTheMessageSaysIt() {
    assertThat(TextRules.problem("x".repeat(120), 120, false)).isNull();
    assertThat(TextRules.problem("x".repeat(121), 120, false)).isEqualTo("Högst 120 tecken.");
  }

  @Test
  void checkNamesTheFieldAndStrips() {
    assertThat(TextRules.check("city", "  Malmö ", 60, false)).isEqualTo("Malmö");
    assertThat(TextRules.check("city", "  ", 60, false)).isNull();
    try {
      TextRules.check("city", "Malm\u0000ö", 60, false);
      throw new AssertionError("not refused");
    } catch (InvalidInputException e) {
      assertThat(e.field()).isEqualTo("city");
      assertThat(e.getMessage()).doesNotContain("Malm");
    }
  }

  @Test
  void separatorsAtEitherEndAreRefusedNotStrippedAway() {
    // U+001C..U+001F are white space to String.strip(): a check after stripping let them through
    assertThat(TextRules.problemAsSent("\u001CAnteckning", 100, true)).contains("styrtecken").contains("U+001C");
    assertThat(TextRules.problemAsSent("Anteckning\u001D", 100, true)).contains("U+001D");
    assertThat(TextRules.problemAsSent("  Anteckning \n", 9, true)).isEqualTo("Högst 9 tecken.");
    assertThat(TextRules.problemAsSent("  Anteckning\n", 10, true)).isNull();
    try {
      TextRules.check("city", "Malmö\u001F", 60, false);
      throw new AssertionError("not refused");
    } catch (InvalidInputException expected) {
      assertThat(expected.getMessage()).doesNotContain("Malmö");
    }
  }

  @Test
  void datesFrom1900AndNotAbsurdlyAhead() {
    LocalDate today = LocalDate.of(2026, 11, 30);
    assertThat(DateRules.problem(LocalDate.of(1900, 1, 1), today, 5)).isNull();
    assertThat(DateRules.problem(LocalDate.of(1899, 12, 31), today, 5)).contains("1900-01-01");
    assertThat(DateRules.problem(LocalDate.MIN, today, 5)).isNotNull();
    assertThat(DateRules.problem(today.plusYears(5), today, 5)).isNull();
    assertThat(DateRules.problem(today.plusYears(5).plusDays(1), today, 5)).contains("2031-11-30");
    assertThat(DateRules.problem(LocalDate.MAX, today, 5)).isNotNull();
    assertThat(DateRules.problem(today, today, 0)).isNull();
    assertThat(DateRules.problem(today.plusDays(1), today, 0)).isEqualTo("Datumet får inte ligga i framtiden.");
  }
}
