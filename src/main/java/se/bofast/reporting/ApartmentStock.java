package se.bofast.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * The training and trial apartments per month (GET /api/reports/apartment-stock): owned, occupied
 * and vacant on each month's counting day. Definitions: docs/kpi-definitions.md,
 * "Tränings- och försökslägenheter per månad".
 */
public record ApartmentStock(LocalDate from, LocalDate to, List<Month> months) {

  /** @param countedOn the month's last day, or the period's last day or today when earlier */
  public record Month(String month, LocalDate countedOn, Count training, Count trial) {
  }

  public record Count(long owned, long occupied, long vacant) {
  }
}
