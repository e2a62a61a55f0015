package se.bofast.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.bofast.housing.EndReason;
import se.bofast.housing.PlacementFacts.PlacementFact;
import se.bofast.housing.Step;

/**
 * Shelter nights come from the shelter placements' own days (issue 14): a shelter stay that ended
 * without the next step starting stops counting on its own end day, and the gap before the next
 * placement counts nowhere.
 */
class ShelterNightsTest {

  @Test
  void aShelterStayThatEndedCountsOnlyItsOwnNightsNotTheGapNorTheNextStep() {
    LocalDate jan1 = LocalDate.of(2026, 1, 1);
    List<PlacementFact> placements = List.of(
        new PlacementFact(1, 1, 1, Step.HARBARGE, jan1, LocalDate.of(2026, 1, 10), EndReason.STEP_ENDED, null,
            BigDecimal.ONE),
        new PlacementFact(2, 1, 1, Step.BEHANDLING, LocalDate.of(2026, 1, 15), null, null, 5, BigDecimal.ONE));
    assertThat(KpiService.shelterNights(placements, jan1, LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 1)))
        .as("nights 1-9 January: the shelter placement's own days").isEqualTo(9);
  }
}
