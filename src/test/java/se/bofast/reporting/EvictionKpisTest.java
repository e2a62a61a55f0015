package se.bofast.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.bofast.eviction.EvictionCaseFacts.EvictionCaseFact;
import se.bofast.eviction.Outcome;
import se.bofast.reporting.KpiFigures.AidDecisionInTime;

/**
 * The edges of the aid-decision share of docs/kpi-definitions.md, on facts as the eviction
 * module's read model gives them (KpiFiguresTest checks it end to end on a history).
 */
class EvictionKpisTest {

  static final LocalDate FROM = LocalDate.of(2030, 5, 1);
  static final LocalDate TO = LocalDate.of(2030, 5, 31);
  static final LocalDate TODAY = LocalDate.of(2030, 5, 20);

  @Test
  void aFristCountsOnceItHasPassedAndADecisionOnItsDayIsInTime() {
    List<EvictionCaseFact> cases = List.of(
        rentArrears(1, d(5, 10), d(5, 10), null, null), // decided on the frist's day: in time
        rentArrears(2, d(5, 11), d(5, 12), null, null), // a day late
        rentArrears(3, d(5, 12), null, null, null), // passed without a decision
        rentArrears(4, d(5, 19), d(5, 1), null, null), // decided long before: in time
        rentArrears(5, d(5, 20), d(5, 18), null, null), // the frist is today: not yet counted
        rentArrears(6, d(5, 25), null, null, null), // not yet passed
        rentArrears(7, d(4, 30), d(4, 29), null, null), // the frist before the period
        rentArrears(8, null, d(5, 2), null, null)); // no frist known (a notice date missing)
    assertThat(EvictionKpis.aidDecisionInTime(cases, FROM, TO, TODAY))
        .isEqualTo(new AidDecisionInTime(4, 2, new BigDecimal("0.5000")));
  }

  @Test
  void aCaseEndedBeforeItsFristWithoutADecisionNeededNone() {
    List<EvictionCaseFact> cases = List.of(
        rentArrears(1, d(5, 10), null, Outcome.WITHDRAWN, d(5, 9)), // left out
        rentArrears(2, d(5, 10), null, Outcome.MOVED, d(5, 10)), // ended on the frist's day: counted, late
        rentArrears(3, d(5, 10), d(5, 8), Outcome.PREVENTED, d(5, 9)), // decided, then prevented: in time
        rentArrears(4, d(5, 10), null, Outcome.EVICTED, d(5, 15))); // evicted after the frist: counted, late
    assertThat(EvictionKpis.aidDecisionInTime(cases, FROM, TO, TODAY))
        .isEqualTo(new AidDecisionInTime(3, 1, new BigDecimal("0.3333")));
  }

  @Test
  void onlyRentArrearsCasesAreAsked() {
    EvictionCaseFact disturbance = new EvictionCaseFact(1, d(4, 1), null, null, null, null, null, false, d(5, 10),
        null);
    assertThat(EvictionKpis.aidDecisionInTime(List.of(disturbance), FROM, TO, TODAY))
        .isEqualTo(new AidDecisionInTime(0, 0, null));
  }

  private static EvictionCaseFact rentArrears(long id, LocalDate frist, LocalDate aidDecidedOn, Outcome outcome,
      LocalDate outcomeOn) {
    return new EvictionCaseFact(id, d(4, 1), null, null, outcome, outcomeOn, null, true, frist, aidDecidedOn);
  }

  private static LocalDate d(int month, int day) {
    return LocalDate.of(2030, month, day);
  }
}
