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
 * @param signalsByType every signal type (Kronofogden's terms), in SignalType's order → signals
 * @param signalsBySource every source, in SignalSource's order → signals
 * @param casesByOutcome every outcome, in Outcome's order → cases with that outcome in the period
 * @param p90DaysToFirstContact whole days (nearest rank); null as for the median
 * @param medianDaysToFirstAttempt null when no case opened in the period has had an attempt
 * @param p90DaysToFirstAttempt whole days (nearest rank); null as for the median
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
    Map<String, Long> signalsByType,
    Map<String, Long> signalsBySource,
    Map<String, Long> casesByOutcome,
    long evictedHouseholdsWithChildren,
    Long p90DaysToFirstContact,
    BigDecimal medianDaysToFirstAttempt,
    Long p90DaysToFirstAttempt,
    AidDecisionInTime aidDecisionInTime,
    BigDecimal sipCoverage,
    long unknownHomelessContacts,
    long careForecastSek) {

  /** Gaps in the chain: total days, median length of a gap (0 without gaps), clients with a gap. */
  public record ChainGapDays(long total, BigDecimal median, long clientsWithGap) {
  }

  /**
   * Rent-arrears cases whose återvinningsfrist fell in the period and has passed (the denominator), those
   * of them with an aid decision on or before it (the numerator), and the share: 0..1, four decimals,
   * null when there is no such case.
   */
  public record AidDecisionInTime(long cases, long decidedInTime, BigDecimal share) {
  }

  /** A period, both days included. */
  public record Period(LocalDate from, LocalDate to) {
  }
}
