package se.bofast.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.bofast.housing.EndReason;
import se.bofast.housing.PlacementHistory.Stay;
import se.bofast.housing.Step;
import se.bofast.housing.StepEndCause;
import se.bofast.reporting.FlowReport.StepFlow;
import se.bofast.reporting.FlowReport.Stays;

/**
 * Each step's flows in one period, by the rules of docs/kpi-definitions.md ("Flöden per steg"):
 * the start day counts, the end day (the day the client left) does not; a stay ends in the period
 * when its end day lies in it. Pure functions of the housing module's {@link Stay}s.
 */
final class FlowSteps {

  /** Why a stay ended without the next step starting: the step-end causes, then an uppsägning, a closed journey. */
  static final List<String> WITHOUT_NEXT = List.of(StepEndCause.DISCHARGED.name(),
      StepEndCause.LEFT_PLACEMENT.name(), StepEndCause.LOST_CONTACT.name(), StepEndCause.RELAPSE_BEFORE_V16.name(),
      EndReason.TERMINATED.name(), EndReason.CLOSED.name(), "UNKNOWN");

  private FlowSteps() {
  }

  static List<StepFlow> of(List<Stay> stays, FlowPeriod period, LocalDate today) {
    Map<Long, Stay> next = nextStays(stays);
    List<StepFlow> flows = new ArrayList<>();
    for (Step step : Step.values()) {
      long atStart = 0;
      long entered = 0;
      long stillThere = 0;
      long days = 0;
      Set<Long> clients = new HashSet<>();
      Map<String, Long> movedTo = zeros(Step.values());
      Map<String, Long> withoutNext = zeros(WITHOUT_NEXT.toArray());
      List<Long> stayDays = new ArrayList<>();
      for (Stay s : stays) {
        if (s.step() != step) {
          continue;
        }
        if (s.start().isBefore(period.from()) && (s.end() == null || !s.end().isBefore(period.from()))) {
          atStart++;
        }
        if (within(s.start(), period)) {
          entered++;
          clients.add(s.clientId());
        }
        if (within(s.end(), period)) {
          Stay following = next.get(s.id());
          String key = endKey(s, following);
          if (movedOn(s) && following != null) {
            movedTo.merge(key, 1L, Long::sum);
          } else {
            withoutNext.merge(key, 1L, Long::sum);
          }
          stayDays.add(ChronoUnit.DAYS.between(s.start(), s.end()));
        }
        if (!s.start().isAfter(period.to()) && (s.end() == null || s.end().isAfter(period.to()))) {
          stillThere++;
        }
        days += days(s, period, today);
      }
      long left = stayDays.size();
      flows.add(new StepFlow(step.name(), step.label(), atStart, entered, clients.size(), movedTo, withoutNext, left,
          stillThere, new Stays(left, DayCounts.median(stayDays), DayCounts.p90(stayDays)), days,
          kronor(cost(stays, period, today, step)), null));
    }
    return flows;
  }

  /**
   * Where a stay went: the next step's name after a move straight on, else why it ended without
   * the next (a {@link StepEndCause}, TERMINATED, CLOSED; UNKNOWN for a move without a next stay).
   */
  static String endKey(Stay stay, Stay following) {
    if (movedOn(stay)) {
      return following != null ? following.step().name() : "UNKNOWN";
    }
    if (stay.endReason() == EndReason.STEP_ENDED) {
      return stay.stepEndCause() != null ? stay.stepEndCause().name() : "UNKNOWN";
    }
    if (stay.endReason() == EndReason.TERMINATED || stay.endReason() == EndReason.CLOSED) {
      return stay.endReason().name();
    }
    return "UNKNOWN";
  }

  private static boolean movedOn(Stay stay) {
    return stay.endReason() == EndReason.MOVED_ON || stay.endReason() == EndReason.TAKEOVER;
  }

  /**
   * Each stay's next stay in its journey: the one naming it as its previous placement, else the
   * journey's next placement in order (placements recorded before V16 name none).
   */
  static Map<Long, Stay> nextStays(List<Stay> stays) {
    Map<Long, Stay> next = new HashMap<>();
    for (Stay s : stays) {
      if (s.previousPlacementId() != null) {
        next.put(s.previousPlacementId(), s);
      }
    }
    for (int i = 1; i < stays.size(); i++) {
      if (stays.get(i - 1).journeyId() == stays.get(i).journeyId()) {
        next.putIfAbsent(stays.get(i - 1).id(), stays.get(i));
      }
    }
    return next;
  }

  /** Days D of the stay with from ≤ D ≤ to, start ≤ D < end (open: no end) and D ≤ today. */
  static long days(Stay s, FlowPeriod period, LocalDate today) {
    LocalDate first = s.start().isAfter(period.from()) ? s.start() : period.from();
    LocalDate endExclusive = period.to().plusDays(1);
    if (today.plusDays(1).isBefore(endExclusive)) {
      endExclusive = today.plusDays(1);
    }
    if (s.end() != null && s.end().isBefore(endExclusive)) {
      endExclusive = s.end();
    }
    return Math.max(0, ChronoUnit.DAYS.between(first, endExclusive));
  }

  /** The exact cost of the step's days in the period (step null: every step). */
  static BigDecimal cost(List<Stay> stays, FlowPeriod period, LocalDate today, Step step) {
    BigDecimal total = BigDecimal.ZERO;
    for (Stay s : stays) {
      if (step == null || s.step() == step) {
        total = total.add(s.dayCost().multiply(BigDecimal.valueOf(days(s, period, today))));
      }
    }
    return total;
  }

  static long kronor(BigDecimal exact) {
    return exact.setScale(0, RoundingMode.HALF_UP).longValueExact();
  }

  static boolean within(LocalDate day, FlowPeriod period) {
    return KpiService.within(day, period.from(), period.to());
  }

  private static Map<String, Long> zeros(Object[] keys) {
    Map<String, Long> map = new LinkedHashMap<>();
    for (Object key : keys) {
      map.put(key instanceof Step s ? s.name() : key.toString(), 0L);
    }
    return map;
  }
}
