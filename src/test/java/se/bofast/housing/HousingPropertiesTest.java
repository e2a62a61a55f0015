package se.bofast.housing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Period;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** bofast.housing.trial-period: trial contracts run 1-3 years; outside that the application does not start. */
class HousingPropertiesTest {

  @ParameterizedTest
  @ValueSource(strings = {"P12M", "P1Y", "P2Y6M", "P36M", "P3Y"})
  void aTrialPeriodOfOneToThreeYearsIsTheDefault(String period) {
    HousingProperties properties = properties(Period.parse(period), null);
    assertThat(properties.trialPeriodMonths()).isEqualTo((int) Period.parse(period).toTotalMonths());
    assertThat(properties.takeoverRetryAfter()).isEqualTo(Period.ofMonths(6));
  }

  @ParameterizedTest
  @ValueSource(strings = {"P11M", "P37M", "P4Y", "P365D", "P1Y1D", "P0D"})
  void aTrialPeriodOutsideOneToThreeYearsIsRefusedInSwedish(String period) {
    assertThatThrownBy(() -> properties(Period.parse(period), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bofast.housing.trial-period ska vara mellan 1 och 3 år, i hela månader (P12M–P36M), inte "
            + period + ".");
  }

  @ParameterizedTest
  @ValueSource(strings = {"P0D", "-P1M"})
  void theTakeoverRetryIsAPeriodAfterTheRefusal(String period) {
    assertThatThrownBy(() -> properties(Period.ofMonths(12), Period.parse(period)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("takeover-retry-after");
  }

  private static HousingProperties properties(Period trial, Period retry) {
    Map<Step, BigDecimal> costs = new EnumMap<>(Step.class);
    for (Step step : Step.values()) {
      costs.put(step, BigDecimal.TEN);
    }
    return new HousingProperties(costs, Period.ofMonths(3), Map.of(), trial, retry, Period.ofDays(7),
        Period.ofDays(7), Map.of());
  }
}
