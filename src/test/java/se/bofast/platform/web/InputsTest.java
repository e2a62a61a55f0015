package se.bofast.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InputsTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

  @Test
  void requireRefusesNullNamingTheField() {
    assertThat(Inputs.require(3, "children", "Ange antal barn.")).isEqualTo(3);
    assertThatThrownBy(() -> Inputs.require(null, "children", "Ange antal barn."))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("children");
          assertThat(e.getMessage()).isEqualTo("Ange antal barn.");
        });
  }

  @Test
  void requireTextStripsAndRefusesBlank() {
    assertThat(Inputs.requireText("  Ritorno \t", "shelterName", "Ange härbärge.")).isEqualTo("Ritorno");
    assertThatThrownBy(() -> Inputs.requireText(" \u2003 ", "shelterName", "Ange härbärge."))
        .isInstanceOf(InvalidInputException.class).hasMessage("Ange härbärge.");
    assertThatThrownBy(() -> Inputs.requireText(null, "shelterName", "Ange härbärge."))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void trimToNull() {
    assertThat(Inputs.trimToNull("  x ")).isEqualTo("x");
    assertThat(Inputs.trimToNull("   ")).isNull();
    assertThat(Inputs.trimToNull(null)).isNull();
  }

  @Test
  void notInFutureAllowsTodayAndRefusesTomorrow() {
    assertThat(Inputs.notInFuture(TODAY, TODAY, "date")).isEqualTo(TODAY);
    assertThat(Inputs.notInFuture(null, TODAY, "date")).isNull();
    assertThatThrownBy(() -> Inputs.notInFuture(TODAY.plusDays(1), TODAY, "contactDate"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("contactDate");
          assertThat(e.getMessage()).isEqualTo("Datumet får inte ligga i framtiden.");
        });
  }
}
