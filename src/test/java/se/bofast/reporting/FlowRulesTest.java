package se.bofast.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.bofast.housing.EndReason;
import se.bofast.housing.PlacementHistory.Stay;
import se.bofast.housing.Step;
import se.bofast.platform.web.InvalidInputException;
import se.bofast.reporting.FlowReport.Change;

/** The flows' rules that the fixed history does not reach: tertials, a period not yet over, rounding. */
class FlowRulesTest {

  static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

  @Test
  void tertialsAreFourCalendarMonthsAndFollowEachOverTheYear() {
    assertThat(FlowPeriod.parseTertial("2026-1", TODAY))
        .isEqualTo(new FlowPeriod("TERTIAL", "2026-1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 30)));
    assertThat(FlowPeriod.parseTertial("2026-2", TODAY).to()).isEqualTo(LocalDate.of(2026, 8, 31));
    assertThat(FlowPeriod.parseTertial(" 2026-3 ", TODAY))
        .isEqualTo(new FlowPeriod("TERTIAL", "2026-3", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 31)));
    assertThat(FlowPeriod.tertial(2026, 1).previous()).isEqualTo(FlowPeriod.tertial(2025, 3));
    assertThat(FlowPeriod.tertial(2026, 3).previous()).isEqualTo(FlowPeriod.tertial(2026, 2));
    assertThat(FlowPeriod.tertialOf(LocalDate.of(2024, 4, 30))).isEqualTo(FlowPeriod.tertial(2024, 1));
    assertThat(FlowPeriod.tertialOf(LocalDate.of(2024, 5, 1))).isEqualTo(FlowPeriod.tertial(2024, 2));
    assertThat(FlowPeriod.parseMonth("2026-01", TODAY).previous())
        .isEqualTo(FlowPeriod.month(YearMonth.of(2025, 12)));
    assertThat(FlowPeriod.between(TODAY, TODAY).previous()).isNull();
    for (String bad : List.of("2026-0", "2026-4", "26-1", "2026-T2", "2028-1")) {
      assertThatThrownBy(() -> FlowPeriod.parseTertial(bad, TODAY)).as(bad).isInstanceOf(InvalidInputException.class);
    }
    assertThatThrownBy(() -> FlowPeriod.parseMonth("2026-5", TODAY)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("ÅÅÅÅ-MM");
  }

  @Test
  void daysNotYetComeAreNotCountedNorPaid() {
    // an open placement since 06-01 in the tertial 05-01..08-31, today 06-15: 06-01..06-15 = 15 days
    Stay open = stay(Step.STODBOENDE, LocalDate.of(2026, 6, 1), null, null);
    FlowPeriod tertial = FlowPeriod.tertial(2026, 2);
    assertThat(FlowSteps.days(open, tertial, TODAY)).isEqualTo(15);
    assertThat(FlowSteps.cost(List.of(open), tertial, TODAY, null)).isEqualByComparingTo("15451.50");
    assertThat(FlowSteps.kronor(FlowSteps.cost(List.of(open), tertial, TODAY, null))).isEqualTo(15_452);
    // 15 days × 1 030,10 kr = 15 451,50 kr → 15 452 kr (half up)
    // a period wholly after today: nothing
    assertThat(FlowSteps.days(open, FlowPeriod.tertial(2026, 3), TODAY)).isZero();
    // the end day is not counted: 06-01 → 06-10 is 9 days
    assertThat(FlowSteps.days(stay(Step.HARBARGE, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 10),
        EndReason.CLOSED), tertial, TODAY)).isEqualTo(9);
  }

  @Test
  void aChangeInPercentHasOneDecimalRoundedHalfAwayFromZero() {
    assertThat(FlowService.change(new BigDecimal("35.1"), BigDecimal.valueOf(40)))
        .isEqualTo(new Change(BigDecimal.valueOf(40), new BigDecimal("-4.9"), new BigDecimal("-12.3")));
    assertThat(FlowService.change(new BigDecimal("44.9"), BigDecimal.valueOf(40)).percent())
        .isEqualByComparingTo("12.3");
    assertThat(FlowService.change(5, 0)).isEqualTo(new Change(BigDecimal.ZERO, BigDecimal.valueOf(5), null));
    assertThat(FlowService.change(null, BigDecimal.TEN)).isEqualTo(new Change(BigDecimal.TEN, null, null));
  }

  @Test
  void aMoveWhoseNextStayIsMissingIsUnknownNotLost() {
    Stay moved = stay(Step.BEHANDLING, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 20), EndReason.MOVED_ON);
    var flows = FlowSteps.of(List.of(moved), FlowPeriod.month(YearMonth.of(2026, 5)), TODAY);
    assertThat(flows.get(Step.BEHANDLING.ordinal()).leftWithoutNext()).containsEntry("UNKNOWN", 1L);
    assertThat(flows.get(Step.BEHANDLING.ordinal()).left()).isEqualTo(1);
  }

  private static Stay stay(Step step, LocalDate start, LocalDate end, EndReason reason) {
    return new Stay(1, 1, 1, "VK-2026-00001", step, start, end, reason, null, null, null, new BigDecimal("1030.10"));
  }
}
