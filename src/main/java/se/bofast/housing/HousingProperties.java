package se.bofast.housing;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Period;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * bofast.housing.*: day costs, review intervals, the default trial period of a trial contract
 * (1-3 years), how long after a refused takeover a new request may come, outreach and queue
 * intervals and the due date of each task of client-journey. The application refuses to
 * start when one is missing or the trial period is outside 1-3 years.
 */
@Validated
@ConfigurationProperties("bofast.housing")
public record HousingProperties(
    @NotNull Map<Step, BigDecimal> dayCostSek,
    @NotNull Period defaultReviewInterval,
    Map<Step, Period> reviewInterval,
    @NotNull Period trialPeriod,
    Period takeoverRetryAfter,
    @NotNull Period outreachInterval,
    @NotNull Period apartmentRecheckInterval,
    @NotNull Map<String, Period> taskDue) {

  /** The bounds of a trial contract's trial period, in months (trial contracts run 1-3 years). */
  public static final int MIN_TRIAL_MONTHS = 12;
  public static final int MAX_TRIAL_MONTHS = 36;
  /** Default for bofast.housing.takeover-retry-after: two regular reviews (P3M) after the refusal. */
  public static final Period DEFAULT_TAKEOVER_RETRY_AFTER = Period.ofMonths(6);

  public HousingProperties {
    if (trialPeriod != null && !isTrialPeriod(trialPeriod)) {
      throw new IllegalArgumentException("bofast.housing.trial-period ska vara mellan 1 och 3 år, i hela månader"
          + " (P12M–P36M), inte " + trialPeriod + ".");
    }
    takeoverRetryAfter = takeoverRetryAfter == null ? DEFAULT_TAKEOVER_RETRY_AFTER : takeoverRetryAfter;
    if (takeoverRetryAfter.isNegative() || takeoverRetryAfter.isZero()) {
      throw new IllegalArgumentException("bofast.housing.takeover-retry-after ska vara en period efter avslaget,"
          + " till exempel P6M.");
    }
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

  /** A trial period of whole months between 1 and 3 years. */
  static boolean isTrialPeriod(Period period) {
    Period months = period.normalized();
    return months.getDays() == 0 && months.toTotalMonths() >= MIN_TRIAL_MONTHS
        && months.toTotalMonths() <= MAX_TRIAL_MONTHS;
  }

  /** The default trial period of a trial contract, in months. */
  public int trialPeriodMonths() {
    return (int) trialPeriod.toTotalMonths();
  }

  public Period reviewIntervalFor(Step step) {
    return reviewInterval.getOrDefault(step, defaultReviewInterval);
  }

}
