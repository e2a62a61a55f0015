package se.bofast.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * The figures of GET /api/reports/kpis for one period, in JSON exactly these keys (the period
 * itself is not part of the answer). Definitions: docs/kpi-definitions.md.
 *
 * @param clientsByStep every step of the chain, in the chain's order → clients
 * @param medianDaysToFirstContact null when no case opened in the period has had contact
 * @param sipCoverage 0..1, four decimals; null when the SIP target group is empty
 */
public record KpiFigures(
    long shelterNights,
    Map<String, Long> clientsByStep,
    long movesTrainingToTrial,
    long trialTerminations,
    long contractTakeovers,
    ChainGapDays chainGapDays,
    long evictionSignals,
    long evictionCases,
    long evictionsPrevented,
    long evictionsExecuted,
    long childrenAffectedByEviction,
    BigDecimal medianDaysToFirstContact,
    BigDecimal sipCoverage,
    long unknownHomelessContacts,
    long careForecastSek) {

  /** Gaps in the chain: total days, median length of a gap (0 without gaps), clients with a gap. */
  public record ChainGapDays(long total, BigDecimal median, long clientsWithGap) {
  }

  /** A period, both days included. */
  public record Period(LocalDate from, LocalDate to) {
  }
}
