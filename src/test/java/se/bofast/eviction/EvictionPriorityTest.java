package se.bofast.eviction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.bofast.eviction.EvictionPriority.Result;
import se.bofast.platform.web.InvalidInputException;
import se.bofast.support.AppTest;

/** The Java facade over eviction-priority.dmn: what the eviction process glue will call. */
@AppTest
class EvictionPriorityTest {

  @Autowired
  EvictionPriority evictionPriority;

  @Test
  void eachPriorityComesFromTheDeployedDecision() {
    assertThat(evictionPriority.evaluate(2, "DISTURBANCE", null, null))
        .as("children in the household").isEqualTo(new Result("URGENT", 1));
    assertThat(evictionPriority.evaluate(0, "EVICTION_DATE_SET", 14, null))
        .as("eviction in 14 days").isEqualTo(new Result("URGENT", 1));
    assertThat(evictionPriority.evaluate(0, "EVICTION_DATE_SET", 15, null))
        .as("eviction in 15 days").isEqualTo(new Result("HIGH", 3));
    assertThat(evictionPriority.evaluate(0, "RENT_ARREARS", null, new BigDecimal("18400.00")))
        .as("rent arrears").isEqualTo(new Result("HIGH", 3));
    assertThat(evictionPriority.evaluate(null, "EARLY_WARNING", null, null))
        .as("children unknown").isEqualTo(new Result("HIGH", 3));
    assertThat(evictionPriority.evaluate(0, "DISTURBANCE", null, null))
        .as("disturbance").isEqualTo(new Result("NORMAL", 5));
    assertThat(evictionPriority.evaluate(0, "EARLY_WARNING", null, BigDecimal.ZERO))
        .as("early warning").isEqualTo(new Result("NORMAL", 10));
  }

  @Test
  void staffReadThePriorityInSwedish() {
    assertThat(EvictionPriority.label("URGENT")).isEqualTo("Akut");
    assertThat(EvictionPriority.label("HIGH")).isEqualTo("Hög");
    assertThat(EvictionPriority.label("NORMAL")).isEqualTo("Normal");
    assertThatThrownBy(() -> EvictionPriority.label("LOW")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aMissingOrUnknownSignalTypeIsRefusedNamingTheField() {
    assertThatThrownBy(() -> evictionPriority.evaluate(0, null, null, null))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("signalType"))
        .hasMessageContaining("Ange typ av signal");
    assertThatThrownBy(() -> evictionPriority.evaluate(0, " ", null, null))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("signalType"));
    assertThatThrownBy(() -> evictionPriority.evaluate(0, "rent_arrears", null, null))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("signalType"))
        .hasMessageContaining("Okänd typ av signal: rent_arrears");
  }

  @Test
  void negativeChildrenOrDebtAreRefusedNamingTheField() {
    assertThatThrownBy(() -> evictionPriority.evaluate(-1, "DISTURBANCE", null, null))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("childrenInHousehold"));
    assertThatThrownBy(() -> evictionPriority.evaluate(0, "RENT_ARREARS", null, new BigDecimal("-0.01")))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("rentDebtSek"));
  }
}
