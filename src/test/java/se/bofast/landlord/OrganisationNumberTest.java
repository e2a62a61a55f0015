package se.bofast.landlord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.bofast.platform.web.InvalidInputException;

class OrganisationNumberTest {

  @ParameterizedTest
  @CsvSource({
      "212000-0142, 212000-0142",   // Stockholms kommun
      "2120000142, 212000-0142",
      "16212000-0142, 212000-0142",
      "162120000142, 212000-0142",
      "' 556036-0793 ', 556036-0793"})
  void acceptsTheWrittenFormsAndNormalizes(String input, String normalized) {
    assertThat(OrganisationNumber.normalize(input)).isEqualTo(normalized);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "212000-0143 | Ogiltigt organisationsnummer: kontrollsiffran stämmer inte.",
      "19121212-1212 | Organisationsnumret ska skrivas NNNNNN-NNNN (tio siffror).",
      "121212-1212 | Ogiltigt organisationsnummer: det ser ut som ett personnummer (tredje och fjärde siffran ska vara minst 20).",
      "012000-0142 | Ogiltigt organisationsnummer: första siffran kan inte vara 0.",
      "55603-60793 | Organisationsnumret ska skrivas NNNNNN-NNNN (tio siffror).",
      "' ' | Ange organisationsnummer."})
  void refusesNamingTheField(String input, String message) {
    assertThatThrownBy(() -> OrganisationNumber.normalize(input))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("organisationNumber");
          assertThat(e.getMessage()).isEqualTo(message);
        });
  }
}
