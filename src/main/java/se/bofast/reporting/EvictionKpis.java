package se.bofast.reporting;

import static se.bofast.reporting.KpiService.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import se.bofast.eviction.EvictionCaseFacts.EvictionCaseFact;
import se.bofast.eviction.Outcome;
import se.bofast.reporting.KpiFigures.AidDecisionInTime;

/**
 * The eviction figures in Kronofogden's terms, from the eviction module's read models; each method
 * implements the rule of docs/kpi-definitions.md named in its comment. Plain Java over the facts,
 * so that H2 and PostgreSQL count the same.
 */
final class EvictionKpis {

  private EvictionKpis() {
  }

  /** Counts keyed by the enum constants' names, in the map's order (the read models give every constant). */
  static Map<String, Long> byName(Map<? extends Enum<?>, Long> counts) {
    Map<String, Long> named = new LinkedHashMap<>();
    counts.forEach((key, n) -> named.put(key.name(), n));
    return named;
  }

  /** Cases whose outcome is {@code outcome} and whose outcome day lies in the period. */
  static Stream<EvictionCaseFact> withOutcome(List<EvictionCaseFact> cases, Outcome outcome, LocalDate from,
      LocalDate to) {
    return cases.stream().filter(c -> c.outcome() == outcome && within(c.outcomeOn(), from, to));
  }

  /** casesByOutcome: every outcome, in Outcome's order → cases with it in the period. */
  static Map<String, Long> casesByOutcome(List<EvictionCaseFact> cases, LocalDate from, LocalDate to) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Outcome outcome : Outcome.values()) {
      counts.put(outcome.name(), withOutcome(cases, outcome, from, to).count());
    }
    return counts;
  }

  /** childrenAffectedByEviction: children affected, summed over the cases evicted in the period. */
  static long childrenEvicted(List<EvictionCaseFact> cases, LocalDate from, LocalDate to) {
    return withOutcome(cases, Outcome.EVICTED, from, to)
        .mapToLong(c -> c.childrenAffected() == null ? 0 : c.childrenAffected()).sum();
  }

  /** evictedHouseholdsWithChildren: cases evicted in the period with at least one child affected. */
  static long householdsWithChildrenEvicted(List<EvictionCaseFact> cases, LocalDate from, LocalDate to) {
    return withOutcome(cases, Outcome.EVICTED, from, to)
        .filter(c -> c.childrenAffected() != null && c.childrenAffected() > 0).count();
  }

  /**
   * Cases opened in the period (first signal) that have the day {@code until}: the days from the first
   * signal to it, one per case, in the cases' order.
   */
  static List<Long> daysFromSignal(List<EvictionCaseFact> cases, LocalDate from, LocalDate to,
      Function<EvictionCaseFact, LocalDate> until) {
    return cases.stream().filter(c -> until.apply(c) != null && within(c.firstSignalOn(), from, to))
        .map(c -> ChronoUnit.DAYS.between(c.firstSignalOn(), until.apply(c))).toList();
  }

  /**
   * aidDecisionInTime: rent-arrears cases whose återvinningsfrist lies in the period and before
   * {@code today} (it has passed), leaving out a case that reached its outcome before the frist
   * without an aid decision (none was needed); of them, those with an aid decision on or before the frist.
   */
  static AidDecisionInTime aidDecisionInTime(List<EvictionCaseFact> cases, LocalDate from, LocalDate to,
      LocalDate today) {
    List<EvictionCaseFact> due = cases.stream()
        .filter(c -> c.rentArrears() && within(c.reclaimDeadline(), from, to) && c.reclaimDeadline().isBefore(today))
        .filter(c -> c.aidDecidedOn() != null || c.outcomeOn() == null
            || !c.outcomeOn().isBefore(c.reclaimDeadline()))
        .toList();
    long inTime = due.stream()
        .filter(c -> c.aidDecidedOn() != null && !c.aidDecidedOn().isAfter(c.reclaimDeadline())).count();
    BigDecimal share = due.isEmpty() ? null
        : BigDecimal.valueOf(inTime).divide(BigDecimal.valueOf(due.size()), 4, RoundingMode.HALF_UP);
    return new AidDecisionInTime(due.size(), inTime, share);
  }
}
