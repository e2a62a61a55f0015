package se.bofast.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import se.bofast.platform.web.InvalidInputException;

class HouseholdsTest {

  @Test
  void aCountOfChildrenIsZeroOrMoreOrUnknown() {
    assertThat(Households.childrenCount(0, "childrenInHousehold")).isZero();
    assertThat(Households.childrenCount(3, "childrenInHousehold")).isEqualTo(3);
    assertThat(Households.childrenCount(null, "childrenInHousehold")).isNull();
  }

  @Test
  void aNegativeCountIsRefusedNamingTheField() {
    assertThatThrownBy(() -> Households.childrenCount(-1, "childrenAffected"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("childrenAffected");
          assertThat(e.getMessage()).isEqualTo("Antalet barn kan inte vara negativt.");
        });
  }
}
