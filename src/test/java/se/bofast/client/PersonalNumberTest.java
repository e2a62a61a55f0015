package se.bofast.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import se.bofast.platform.web.InvalidInputException;

/** What staff type as a personnummer or samordningsnummer, and what is stored. */
class PersonalNumberTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      // Skatteverket's test number in every accepted form
      "19121212-1212, 191212121212",
      "191212121212,  191212121212",
      "121212+1212,   191212121212", // + : 100 years or older
      "121212-1212,   201212121212", // - : the latest century that makes it a past date
      "' 19121212-1212 ', 191212121212",
      // samordningsnummer: day of birth + 60
      "701063-2391,   197010632391",
      "19701063-2391, 197010632391"})
  void acceptedFormsAreStoredAsTwelveDigits(String input, String stored) {
    assertThat(ClientService.normalizePersonalNumber(input)).isEqualTo(stored);
  }

  @Test
  void numbersMadeByTheLibraryAreAccepted() {
    String number = TestNumbers.withCheckDigit(LocalDate.of(1985, 7, 9), 980, false);
    assertThat(ClientService.normalizePersonalNumber(number)).isEqualTo(TestNumbers.digits(number));
    assertThat(ClientService.normalizePersonalNumber(number.substring(2)))
        .as("YYMMDD-NNNN").isEqualTo(TestNumbers.digits(number));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "19121212-1213 | kontrollsiffran stämmer inte.",
      "191212121210  | kontrollsiffran stämmer inte.",
      "19701063-2392 | kontrollsiffran stämmer inte.",
      "19900230-1234 | datumet finns inte.",
      "19901301-1234 | datumet finns inte.",
      "garbage       | skriv ÅÅÅÅMMDD-NNNN, ÅÅÅÅMMDDNNNN, ÅÅMMDD-NNNN eller ÅÅMMDD+NNNN.",
      "1212121212    | skriv ÅÅÅÅMMDD-NNNN, ÅÅÅÅMMDDNNNN, ÅÅMMDD-NNNN eller ÅÅMMDD+NNNN.",
      "19121212+1212 | skriv ÅÅÅÅMMDD-NNNN, ÅÅÅÅMMDDNNNN, ÅÅMMDD-NNNN eller ÅÅMMDD+NNNN.",
      "1912-12-12-1212 | skriv ÅÅÅÅMMDD-NNNN, ÅÅÅÅMMDDNNNN, ÅÅMMDD-NNNN eller ÅÅMMDD+NNNN."})
  void invalidNumbersAreRefusedWithTheReason(String input, String reason) {
    assertThatThrownBy(() -> ClientService.normalizePersonalNumber(input))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("personalNumber");
          assertThat(e.getMessage()).isEqualTo("Ogiltigt personnummer eller samordningsnummer: " + reason);
        });
  }

  @Test
  void aBirthDateInTheFutureIsRefused() {
    String future = TestNumbers.withCheckDigit(LocalDate.now().plusYears(1), 123, false);
    assertThatThrownBy(() -> ClientService.normalizePersonalNumber(future))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Ogiltigt personnummer eller samordningsnummer: födelsedatumet ligger i framtiden.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"18500101-1237", "185001011237", "18991231-9999"})
  void aBirthYearBefore1900IsRefused(String input) {
    // 18991231-9999 has no valid check digit; compute one so that only the year is wrong
    String number = input.startsWith("1899") ? TestNumbers.withCheckDigit(LocalDate.of(1899, 12, 31), 123, false)
        : input;
    assertThatThrownBy(() -> ClientService.normalizePersonalNumber(number))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Ogiltigt personnummer eller samordningsnummer: födelseåret kan inte vara före 1900.");
  }

  @Test
  void aHundredYearOldWrittenWithPlusIsAccepted() {
    String born1900 = TestNumbers.withCheckDigit(LocalDate.of(1900, 1, 1), 123, false); // 19000101-123N
    assertThat(ClientService.normalizePersonalNumber(born1900.substring(2).replace('-', '+')))
        .isEqualTo(TestNumbers.digits(born1900));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = "   ")
  void aMissingNumberIsRefused(String input) {
    assertThatThrownBy(() -> ClientService.normalizePersonalNumber(input))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Ange personnummer eller samordningsnummer.");
  }
}
