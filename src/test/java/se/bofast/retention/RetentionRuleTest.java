package se.bofast.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import se.bofast.platform.web.InvalidInputException.Fault;

/** The calendar rule and the approval's hold lines, without the application. */
class RetentionRuleTest {

  final RetentionRule rule = new RetentionRule(
      new RetentionProperties("0 0 6 15 1 ?", Period.ofYears(5), List.of(5, 15, 25), Period.ofDays(30)));

  @Test
  void aRunInAnyDayOfAYearRemovesWhatFiveYearsEndedBeforeThatYear() {
    for (LocalDate run : List.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 15), LocalDate.of(2027, 12, 31))) {
      assertThat(rule.lastDueEntry(run)).as(run.toString()).isEqualTo(LocalDate.of(2021, 12, 31));
    }
    // last entry 2021-12-31: five years end 2026-12-31, removed in 2027; 2022-01-01: in 2028
    assertThat(LocalDate.of(2022, 1, 1)).isAfter(rule.lastDueEntry(LocalDate.of(2027, 6, 1)));
    assertThat(rule.lastDueEntry(LocalDate.of(2025, 3, 1))).as("a leap year's end").isEqualTo(LocalDate.of(2019, 12, 31));
    RetentionRule tenYears = new RetentionRule(
        new RetentionProperties("x", Period.ofYears(10), List.of(), Period.ofDays(30)));
    assertThat(tenYears.lastDueEntry(LocalDate.of(2027, 1, 15))).isEqualTo(LocalDate.of(2016, 12, 31));
    assertThat(tenYears.periodText()).isEqualTo("10 år");
  }

  @Test
  void theExemptDaysAreTheSettings() {
    assertThat(List.of(1, 5, 6, 15, 24, 25, 31)).filteredOn(rule::exempt).containsExactly(5, 15, 25);
  }

  @Test
  void holdLinesNameTheirFaultsAndKeepTheReasons() {
    List<Fault> faults = new ArrayList<>();
    var holds = RecordsRetention.holds("Nr 2 - pågående tvist\n\n3: begäran om utlämnande\n3: igen\n7: x\nbara text\n4:",
        Set.of(1, 2, 3, 4), faults);
    assertThat(holds).containsOnlyKeys(2, 3).containsEntry(2, "Behålls av enhetschefen: pågående tvist")
        .containsEntry(3, "Behålls av enhetschefen: begäran om utlämnande");
    assertThat(faults).extracting(Fault::message).containsExactly(
        "Rad 4: nummer 3 står redan på en tidigare rad.",
        "Rad 5: nummer 7 finns inte bland klienterna som ska gallras.",
        "Rad 6: skriv numret i listan, ett kolon och skälet, till exempel \"3: begäran om utlämnande pågår\".",
        "Rad 7: skriv skälet till att nummer 4 behålls.");
    assertThat(RecordsRetention.holds(null, Set.of(1), faults)).isEmpty();
    faults.clear();
    RecordsRetention.holds("1: " + "x".repeat(401), Set.of(1), faults);
    assertThat(faults).extracting(Fault::message).containsExactly("Rad 1: skälet får vara högst 400 tecken.");
  }
}
