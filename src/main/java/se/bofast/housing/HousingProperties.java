package se.bofast.housing;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Period;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * bofast.housing.*: day costs, review intervals, the trial period, outreach and queue
 * intervals and the due date of each task of client-journey. The application refuses to
 * start when one is missing.
 */
@Validated
@ConfigurationProperties("bofast.housing")
public record HousingProperties(
    @NotNull Map<Step, BigDecimal> dayCostSek,
    @NotNull Period defaultReviewInterval,
    Map<Step, Period> reviewInterval,
    @NotNull Period trialPeriod,
    @NotNull Period outreachInterval,
    @NotNull Period apartmentRecheckInterval,
    @NotNull Map<String, Period> taskDue) {

  public HousingProperties {
    reviewInterval = reviewInterval == null ? Map.of() : Map.copyOf(reviewInterval);
    if (dayCostSek != null) {
      for (Step step : Step.values()) {
        if (!dayCostSek.containsKey(step)) {
          throw new IllegalArgumentException("bofast.housing.day-cost-sek." + step + " is missing");
        }
      }
      dayCostSek = new EnumMap<>(dayCostSek);
    }
  }

  public BigDecimal dayCost(Step step) {
    return dayCostSek.get(step);
  }

  public Period reviewIntervalFor(Step step) {
    return reviewInterval.getOrDefault(step, defaultReviewInterval);
  }

}
