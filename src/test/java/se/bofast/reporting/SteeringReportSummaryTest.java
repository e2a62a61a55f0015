package se.bofast.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.bofast.reporting.KpiFigures.Period;

/**
 * A snapshot stored before the eviction figures in Kronofogden's terms existed (issue 12) still
 * reads, and its review summary leaves out what it does not hold.
 */
class SteeringReportSummaryTest {

  static final String BEFORE_ISSUE_12 = "{\"shelterNights\":31,\"clientsByStep\":{\"HARBARGE\":1},"
      + "\"movesTrainingToTrial\":0,\"trialTerminations\":0,\"contractTakeovers\":0,"
      + "\"chainGapDays\":{\"total\":0,\"median\":0,\"clientsWithGap\":0},\"evictionSignals\":3,"
      + "\"evictionCases\":2,\"evictionsPrevented\":1,\"evictionsExecuted\":1,\"childrenAffectedByEviction\":2,"
      + "\"medianDaysToFirstContact\":6.0,\"sipCoverage\":0.5,\"unknownHomelessContacts\":2,"
      + "\"careForecastSek\":704520}";

  @Test
  void aSnapshotFromBeforeTheNewFiguresIsSummarisedWithoutThem() throws Exception {
    KpiFigures f = new ObjectMapper().readValue(BEFORE_ISSUE_12, KpiFigures.class);
    assertThat(f.signalsByType()).isNull();
    assertThat(f.aidDecisionInTime()).isNull();

    String summary = SteeringReport.summary(new Period(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31)), f);
    assertThat(summary).contains("Signaler om vräkning: 3\n", "Verkställda vräkningar: 1\n",
        "Dagar från signal till första kontakt: median 6.0, 90:e percentilen –\n")
        .doesNotContain("Signaler per typ", "Ärenden per utfall", "återvinningsfristen");
  }
}
