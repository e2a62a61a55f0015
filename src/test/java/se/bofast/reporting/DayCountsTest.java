package se.bofast.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The median and the 90th percentile (nearest rank) of docs/kpi-definitions.md, at the ranks where they turn. */
class DayCountsTest {

  @Test
  void theMedianIsTheMiddleValueOrTheMeanOfTheTwoMiddleOnes() {
    assertThat(DayCounts.median(List.of())).isNull();
    assertThat(DayCounts.median(List.of(4L))).isEqualByComparingTo("4.0");
    assertThat(DayCounts.median(List.of(10L, 1L, 7L, 2L))).isEqualByComparingTo("4.5");
    assertThat(DayCounts.median(List.of(9L, 0L, 3L))).isEqualByComparingTo("3.0");
    assertThat(DayCounts.median(List.of(3L, 0L)).scale()).isEqualTo(1);
  }

  @Test
  void theP90IsTheValueAtRankCeilingOfNineTenthsOfTheCount() {
    assertThat(DayCounts.p90(List.of())).isNull();
    assertThat(DayCounts.p90(List.of(5L))).isEqualTo(5);
    assertThat(DayCounts.p90(List.of(30L, 1L))).isEqualTo(30); // rank ⌈1.8⌉ = 2
    assertThat(DayCounts.p90(days(9))).isEqualTo(9); // rank ⌈8.1⌉ = 9: the largest
    assertThat(DayCounts.p90(days(10))).isEqualTo(9); // rank 9 of 10: the largest but one
    assertThat(DayCounts.p90(days(11))).isEqualTo(10); // rank ⌈9.9⌉ = 10
    assertThat(DayCounts.p90(days(20))).isEqualTo(18); // rank 18
    assertThat(DayCounts.p90(days(21))).isEqualTo(19); // rank ⌈18.9⌉ = 19
    assertThat(DayCounts.p90(List.of(2L, 2L, 1L, 7L, 1L, 2L))).isEqualTo(7); // rank ⌈5.4⌉ = 6, unsorted input
  }

  /** 1, 2, …, n in reverse order (the functions sort). */
  private static List<Long> days(int n) {
    return LongStream.rangeClosed(1, n).map(i -> n + 1 - i).boxed().toList();
  }
}
