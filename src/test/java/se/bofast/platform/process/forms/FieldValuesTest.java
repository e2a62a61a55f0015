package se.bofast.platform.process.forms;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.bofast.platform.web.InvalidInputException;

/** The value rules per form-js component, without the engine. */
class FieldValuesTest {

  static final FormField NAME = new FormField("lastName", "textfield", "Efternamn", "", false, false, 60, null, null,
      null);
  static final FormField NOTE = new FormField("note", "textarea", "Anteckning", "", false, false, null, null, null,
      null);
  static final FormField CHILDREN = new FormField("children", "number", "Barn", "", false, false, null,
      BigDecimal.ZERO, BigDecimal.valueOf(20), null);
  static final FormField DAY = new FormField("day", "datetime", "Datum", "date", false, false, null, null, null, null);
  static final FormField AT = new FormField("at", "datetime", "Tid", "time", false, false, null, null, null, null);
  static final FormField CHANNEL = new FormField("channel", "select", "Kontaktväg", "", false, false, null, null, null,
      List.of("PHONE", "LETTER"));

  @ParameterizedTest
  @ValueSource(strings = {"Berg\u0000", "Berg\u001B", "Berg\u202E", "Berg\u2066", "Berg\uD800", "Berg\uDC00x",
      "Berg\u0085", "Berg\nBerg", "Berg\tBerg"})
  void aTextFieldRefusesControlAndDirectionCharacters(String value) {
    assertThatThrownBy(() -> FieldValues.check(NAME, value)).isInstanceOf(InvalidInputException.class)
        .hasMessage("\"Efternamn\" innehåller otillåtna tecken (styrtecken).");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Berg", "Åström-Öberg", "O'Neil", "Berg \uD83D\uDE00"})
  void aTextFieldTakesNamesAsPeopleWriteThem(String value) {
    assertThatCode(() -> FieldValues.check(NAME, value)).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(strings = {"rad ett\nrad två", "kolumn\tkolumn", "rad\r\nrad"})
  void aTextareaTakesLineBreaksAndTabs(String value) {
    assertThatCode(() -> FieldValues.check(NOTE, value)).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(ints = {61, 300, 5000})
  void aTextLongerThanTheFormsMaxLengthIsRefused(int length) {
    assertThatThrownBy(() -> FieldValues.check(NAME, "x".repeat(length)))
        .hasMessage("\"Efternamn\" får vara högst 60 tecken.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e20", "-1", "21", "2.5e1", "tolv", "NaN"})
  void aNumberOutsideTheFormsRangeOrNotANumberIsRefused(String value) {
    Object number = value.matches("[-0-9.e]+") ? Double.valueOf(value) : value;
    assertThatThrownBy(() -> FieldValues.check(CHILDREN, number)).isInstanceOf(InvalidInputException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"+999999999-01-01", "-0001-01-01", "1899-12-31", "2101-01-01", "2026-02-30", "5/4/2026",
      "2026-01-01T25:00"})
  void aDateOutsideTheYears1900To2100OrNotADateIsRefused(String value) {
    assertThatThrownBy(() -> FieldValues.check(DAY, value)).isInstanceOf(InvalidInputException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"10:00", "10:00:30", "10:00+01:00", "10:00Z"})
  void aTimeFieldTakesFormJsTimes(String value) {
    assertThatCode(() -> FieldValues.check(AT, value)).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(strings = {"25:00", "10", "10:00 PM", "2026-01-01"})
  void aTimeFieldRefusesWhatIsNoTime(String value) {
    assertThatThrownBy(() -> FieldValues.check(AT, value)).hasMessage("\"Tid\" ska vara en tid (TT:MM).");
  }

  @ParameterizedTest
  @ValueSource(strings = {"FAX", "phone", "0", "' OR 1=1 --"})
  void aSelectTakesOnlyItsOwnValues(String value) {
    assertThatThrownBy(() -> FieldValues.check(CHANNEL, value)).hasMessage("Ogiltigt val för \"Kontaktväg\".");
  }
}
