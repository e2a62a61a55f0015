package se.bofast.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Middle and upper values of a list of day counts, as docs/kpi-definitions.md defines them. */
final class DayCounts {

  private DayCounts() {
  }

  /** The median, one decimal (the mean of the two middle values for an even count); null for none. */
  static BigDecimal median(List<Long> values) {
    if (values.isEmpty()) {
      return null;
    }
    List<Long> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    long twice = n % 2 == 1 ? 2 * sorted.get(n / 2) : sorted.get(n / 2 - 1) + sorted.get(n / 2);
    return BigDecimal.valueOf(twice).divide(BigDecimal.valueOf(2), 1, RoundingMode.UNNECESSARY);
  }

  /**
   * The 90th percentile by nearest rank: the value at place ⌈0.9 × n⌉ (counted from 1) of the sorted
   * values, so always one of the values; null for none. Up to 9 values it is the largest; 10 values →
   * the 9th, 11 → the 10th, 20 → the 18th.
   */
  static Long p90(List<Long> values) {
    if (values.isEmpty()) {
      return null;
    }
    List<Long> sorted = values.stream().sorted().toList();
    int rank = (9 * sorted.size() + 9) / 10; // ⌈0.9 n⌉ in integers
    return sorted.get(rank - 1);
  }
}
