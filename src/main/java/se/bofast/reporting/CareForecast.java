package se.bofast.reporting;

import java.time.LocalDate;
import java.util.List;
import se.bofast.housing.Step;

/**
 * The vårdprognos per case for a calendar year (GET /api/reports/care-forecast): booked days and
 * kronor up to and including {@code asOf}, planned ones after it, and the totals. The rows' totals
 * sum to the KPI answer's careForecastSek for the same year. Definitions: docs/kpi-definitions.md,
 * "Vårdprognos per klient".
 */
public record CareForecast(int year, LocalDate asOf, List<Row> rows, long bookedSek, long plannedSek,
    long totalSek) {

  /**
   * One case (journey): identified by its case number only.
   *
   * @param currentStep the step of the case's open placement; null when none is open
   * @param queuedFor the kind of apartment the case is queued for (a planned move); null when none
   */
  public record Row(String caseNumber, Step currentStep, long bookedDays, long bookedSek, long plannedDays,
      long plannedSek, long totalSek, Step queuedFor) {
  }
}
