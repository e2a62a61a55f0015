package se.bofast.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Boendestöd visits per week and their cost per client (GET /api/reports/support-visits).
 * Definitions: docs/kpi-definitions.md, "Boendestöd per klient".
 *
 * @param costPerVisitSek the setting bofast.reporting.support-visits.cost-sek
 */
public record SupportVisitFigures(LocalDate from, LocalDate to, BigDecimal costPerVisitSek, List<Client> clients,
    long weeks, long visits, long costSek) {

  /** @param visitsPerWeek visits / weeks, one decimal (halves up) */
  public record Client(String caseNumber, long weeks, long visits, BigDecimal visitsPerWeek, long costSek) {
  }
}
