package se.bofast.reporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.bofast.housing.PlacementHistory.Stay;
import se.bofast.housing.Step;
import se.bofast.reporting.FlowReport.ClientGaps;
import se.bofast.reporting.FlowReport.Gap;
import se.bofast.reporting.FlowReport.StayGaps;
import se.bofast.reporting.FlowReport.TransitionGaps;

/**
 * The gaps in the chain in a period (docs/kpi-definitions.md, "Glapp per klient och per
 * stegövergång"): the placements that started in the period after a gap of more than 0 days
 * ({@code gap_days_before}, as chainGapDays counts them), per journey by case number and per
 * transition from the step before to the step after.
 */
final class StayGapFigures {

  private StayGapFigures() {
  }

  static StayGaps of(List<Stay> stays, FlowPeriod period) {
    Map<Long, Stay> byId = new HashMap<>();
    Map<Long, Stay> previousInJourney = new HashMap<>();
    for (int i = 0; i < stays.size(); i++) {
      byId.put(stays.get(i).id(), stays.get(i));
      if (i > 0 && stays.get(i - 1).journeyId() == stays.get(i).journeyId()) {
        previousInJourney.put(stays.get(i).id(), stays.get(i - 1));
      }
    }
    Map<Long, Stay> next = FlowSteps.nextStays(stays);
    List<Gap> gaps = new ArrayList<>();
    Map<String, List<Gap>> byCase = new TreeMap<>();
    for (Stay s : stays) {
      if (s.gapDaysBefore() == null || s.gapDaysBefore() <= 0 || !FlowSteps.within(s.start(), period)) {
        continue;
      }
      Stay before = s.previousPlacementId() != null ? byId.get(s.previousPlacementId()) : previousInJourney.get(s.id());
      Gap gap = new Gap(before == null ? null : before.step().name(), s.step().name(),
          before == null ? null : FlowSteps.endKey(before, next.get(before.id())),
          before == null ? null : before.end(), s.start(), s.gapDaysBefore());
      gaps.add(gap);
      byCase.computeIfAbsent(s.caseNumber(), c -> new ArrayList<>()).add(gap);
    }
    List<ClientGaps> clients = new ArrayList<>();
    byCase.forEach((caseNumber, list) -> {
      list.sort(Comparator.comparing(Gap::startedOn));
      clients.add(new ClientGaps(caseNumber, list.stream().mapToLong(Gap::days).sum(), List.copyOf(list)));
    });
    return new StayGaps(gaps.stream().mapToLong(Gap::days).sum(), clients, transitions(gaps));
  }

  /** One row per from-step → to-step, in the chain's order of the from-step, then of the to-step. */
  private static List<TransitionGaps> transitions(List<Gap> gaps) {
    Map<String, List<Long>> days = new TreeMap<>(Comparator.comparing(StayGapFigures::order));
    for (Gap g : gaps) {
      days.computeIfAbsent(g.fromStep() + ">" + g.toStep(), k -> new ArrayList<>()).add(g.days());
    }
    List<TransitionGaps> rows = new ArrayList<>();
    days.forEach((key, list) -> {
      String[] steps = key.split(">");
      rows.add(new TransitionGaps("null".equals(steps[0]) ? null : steps[0], steps[1], list.size(),
          list.stream().mapToLong(Long::longValue).sum(), DayCounts.median(list)));
    });
    return rows;
  }

  private static int order(String transition) {
    String[] steps = transition.split(">");
    int from = "null".equals(steps[0]) ? -1 : Step.valueOf(steps[0]).ordinal();
    return (from + 1) * 10 + Step.valueOf(steps[1]).ordinal();
  }
}
