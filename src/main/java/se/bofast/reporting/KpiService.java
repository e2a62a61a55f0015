package se.bofast.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.bofast.eviction.EvictionCaseFacts;
import se.bofast.eviction.EvictionCaseFacts.EvictionCaseFact;
import se.bofast.eviction.EvictionSignalFacts;
import se.bofast.eviction.EvictionSignalFacts.ReceivedSignals;
import se.bofast.eviction.Outcome;
import se.bofast.followup.SipCoverageFacts;
import se.bofast.followup.SipCoverageFacts.SipCoverage;
import se.bofast.housing.EndReason;
import se.bofast.housing.OutreachContactFacts;
import se.bofast.housing.PlacementFacts;
import se.bofast.housing.PlacementFacts.PlacementFact;
import se.bofast.housing.Step;
import se.bofast.platform.web.InvalidInputException;
import se.bofast.reporting.KpiFigures.ChainGapDays;

/**
 * The steering group's figures over a period, read through the housing, eviction and follow-up
 * modules' read models ({@link PlacementFacts}, {@link OutreachContactFacts},
 * {@link EvictionCaseFacts}, {@link EvictionSignalFacts}, {@link SipCoverageFacts}): each is
 * asked once per report, and this module names none of their tables. Every figure is defined in
 * docs/kpi-definitions.md; the comments below (and in {@link EvictionKpis}) name the rule each
 * method implements. Day arithmetic is done here in Java, so that H2 and PostgreSQL count the same.
 */
@Service
@Transactional(readOnly = true)
public class KpiService {

  private final PlacementFacts placementFacts;
  private final OutreachContactFacts outreachContacts;
  private final EvictionCaseFacts evictionCases;
  private final EvictionSignalFacts evictionSignals;
  private final SipCoverageFacts sipTargetGroup;
  private final Clock clock;

  KpiService(PlacementFacts placementFacts, OutreachContactFacts outreachContacts, EvictionCaseFacts evictionCases,
      EvictionSignalFacts evictionSignals, SipCoverageFacts sipTargetGroup, Clock clock) {
    this.placementFacts = placementFacts;
    this.outreachContacts = outreachContacts;
    this.evictionCases = evictionCases;
    this.evictionSignals = evictionSignals;
    this.sipTargetGroup = sipTargetGroup;
    this.clock = clock;
  }

  public KpiFigures figures(LocalDate from, LocalDate to) {
    if (from == null) {
      throw new InvalidInputException("from", "Ange periodens första dag (from=ÅÅÅÅ-MM-DD).");
    }
    if (to == null) {
      throw new InvalidInputException("to", "Ange periodens sista dag (to=ÅÅÅÅ-MM-DD).");
    }
    if (to.isBefore(from)) {
      throw new InvalidInputException("to", "Periodens sista dag kan inte vara före den första (" + from + ").");
    }
    LocalDate today = LocalDate.now(clock);
    List<PlacementFact> placements = placementFacts.all();
    List<EvictionCaseFact> cases = evictionCases.withADayBetween(from, to);
    ReceivedSignals signals = evictionSignals.receivedBetween(from, to);
    List<Long> daysToContact = EvictionKpis.daysFromSignal(cases, from, to, EvictionCaseFact::firstContactOn);
    List<Long> daysToAttempt = EvictionKpis.daysFromSignal(cases, from, to, EvictionCaseFact::firstAttemptOn);

    return new KpiFigures(
        shelterNights(placements, from, to, today),
        clientsByStep(placements, to),
        movesTrainingToTrial(placements, from, to),
        placements.stream().filter(p -> p.step() == Step.FORSOKSLAGENHET && p.endReason() == EndReason.TERMINATED
            && within(p.end(), from, to)).count(),
        placements.stream().filter(p -> p.endReason() == EndReason.TAKEOVER && within(p.end(), from, to)).count(),
        chainGapDays(placements, from, to),
        signals.total(),
        cases.stream().filter(c -> within(c.firstSignalOn(), from, to)).count(),
        EvictionKpis.withOutcome(cases, Outcome.PREVENTED, from, to).count(),
        EvictionKpis.withOutcome(cases, Outcome.EVICTED, from, to).count(),
        EvictionKpis.childrenEvicted(cases, from, to),
        DayCounts.median(daysToContact),
        EvictionKpis.byName(signals.byType()),
        EvictionKpis.byName(signals.bySource()),
        EvictionKpis.casesByOutcome(cases, from, to),
        EvictionKpis.householdsWithChildrenEvicted(cases, from, to),
        DayCounts.p90(daysToContact),
        DayCounts.median(daysToAttempt),
        DayCounts.p90(daysToAttempt),
        EvictionKpis.aidDecisionInTime(cases, from, to, today),
        sipCoverage(sipTargetGroup.today()),
        outreachContacts.withUnidentifiedPersonsBetween(from, to),
        careForecast(placements, to.getYear()));
  }

  // --- housing ------------------------------------------------------------------------------

  /** Night N (from day N to day N+1) counts when from ≤ N ≤ to, start ≤ N, N+1 ≤ end (open: N+1 ≤ today). */
  static long shelterNights(List<PlacementFact> placements, LocalDate from, LocalDate to, LocalDate today) {
    long nights = 0;
    for (PlacementFact p : placements) {
      if (p.step() != Step.HARBARGE) {
        continue;
      }
      LocalDate first = max(p.start(), from);
      LocalDate endExclusive = min(p.end() != null ? p.end() : today, to.plusDays(1));
      nights += Math.max(0, ChronoUnit.DAYS.between(first, endExclusive));
    }
    return nights;
  }

  /** Clients whose placement in the step covers the day `to`: start ≤ to and (open or end > to). */
  static Map<String, Long> clientsByStep(List<PlacementFact> placements, LocalDate to) {
    Map<String, Set<Long>> clients = new LinkedHashMap<>();
    for (Step step : Step.values()) {
      clients.put(step.name(), new HashSet<>());
    }
    for (PlacementFact p : placements) {
      if (!p.start().isAfter(to) && (p.end() == null || p.end().isAfter(to))) {
        clients.get(p.step().name()).add(p.clientId());
      }
    }
    Map<String, Long> counts = new LinkedHashMap<>();
    clients.forEach((step, ids) -> counts.put(step, (long) ids.size()));
    return counts;
  }

  /** A trial placement that starts in the period right after a training placement of the same journey. */
  static long movesTrainingToTrial(List<PlacementFact> placements, LocalDate from, LocalDate to) {
    long moves = 0;
    for (int i = 1; i < placements.size(); i++) {
      PlacementFact previous = placements.get(i - 1);
      PlacementFact next = placements.get(i);
      if (previous.journeyId() == next.journeyId() && previous.step() == Step.TRANINGSLAGENHET
          && next.step() == Step.FORSOKSLAGENHET && within(next.start(), from, to)) {
        moves++;
      }
    }
    return moves;
  }

  /** gap_days_before of the placements starting in the period (a journey's first placement has none). */
  static ChainGapDays chainGapDays(List<PlacementFact> placements, LocalDate from, LocalDate to) {
    List<Long> gaps = new ArrayList<>();
    Set<Long> clients = new HashSet<>();
    for (PlacementFact p : placements) {
      if (p.gapDaysBefore() != null && p.gapDaysBefore() > 0 && within(p.start(), from, to)) {
        gaps.add((long) p.gapDaysBefore());
        clients.add(p.clientId());
      }
    }
    BigDecimal median = DayCounts.median(gaps);
    return new ChainGapDays(gaps.stream().mapToLong(Long::longValue).sum(),
        median == null ? BigDecimal.ZERO : median, clients.size());
  }

  /**
   * Calendar year Y: each placement's days within Y (start included, end excluded; open: to 31 Dec) × its
   * day cost, each case's sum rounded to whole kronor, summed ({@link CareForecastService}).
   */
  static long careForecast(List<PlacementFact> placements, int year) {
    return CareForecastService.total(placements, year);
  }

  // --- follow-up ----------------------------------------------------------------------

  /** 1 − (target clients without a current SIP today) / (target clients), FollowupService's definition. */
  static BigDecimal sipCoverage(SipCoverage sip) {
    if (sip.targetClients() == 0) {
      return null;
    }
    return BigDecimal.valueOf(sip.targetClients() - sip.withoutCurrentSip())
        .divide(BigDecimal.valueOf(sip.targetClients()), 4, RoundingMode.HALF_UP);
  }

  // --- helpers -------------------------------------------------------------------------------------

  static boolean within(LocalDate day, LocalDate from, LocalDate to) {
    return day != null && !day.isBefore(from) && !day.isAfter(to);
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
