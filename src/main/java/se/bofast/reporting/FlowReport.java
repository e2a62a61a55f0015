package se.bofast.reporting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * GET /api/reports/flows: the flows between the chain's steps in a period, with the change from
 * the previous tertial (or month), and the gaps in the chain. Definitions:
 * docs/kpi-definitions.md, "Flöden per steg …". Per-client rows name the case number only.
 *
 * @param previousPeriod the tertial or month before; null for a free period (then every change is null)
 * @param steps every step of the chain, in the chain's order
 */
public record FlowReport(FlowPeriod period, FlowPeriod previousPeriod, List<StepFlow> steps, FlowTotal total,
    StayGaps gaps) {

  /**
   * One step in the period.
   *
   * @param atStart placements in the step on the period's first day (started before it, not ended before it)
   * @param entered placements in the step that started in the period
   * @param clientsEntered different clients among them
   * @param movedTo placements that ended in the period by a move straight on (no gap), by the next step;
   *     every step, in the chain's order
   * @param leftWithoutNext placements that ended in the period without the next starting, by why; every cause
   * @param left placements that ended in the period (the sum of both maps)
   * @param stillThere placements in the step on the period's last day (not ended by then)
   * @param placementDays days in the period spent in the step (not after today)
   * @param costSek placementDays × each placement's day cost, whole kronor
   * @param change from the previous period; null when there is none
   */
  public record StepFlow(String step, String label, long atStart, long entered, long clientsEntered,
      Map<String, Long> movedTo, Map<String, Long> leftWithoutNext, long left, long stillThere, Stays stays,
      long placementDays, long costSek, StepChange change) {
  }

  /**
   * Lengths of the stays in the step that ended in the period (end − start, in days).
   *
   * @param medianDays one decimal; null when none ended
   * @param p90Days nearest rank; null when none ended
   */
  public record Stays(long ended, BigDecimal medianDays, Long p90Days) {
  }

  /** The change of each figure from the previous period. */
  public record StepChange(Change entered, Change left, Change stillThere, Change medianStayDays,
      Change p90StayDays, Change costSek) {
  }

  /**
   * previous → this period.
   *
   * @param absolute this − previous; null when either is null
   * @param percent (this − previous) / previous × 100, one decimal; null when previous is 0 or either is null
   */
  public record Change(BigDecimal previous, BigDecimal absolute, BigDecimal percent) {
  }

  /** All steps: placement days and cost, with the cost's change. */
  public record FlowTotal(long entered, long left, long placementDays, long costSek, Change costChange) {
  }

  /**
   * The gaps of the placements that started in the period after a gap (more than 0 days).
   *
   * @param byClient one row per journey (case number), by case number
   * @param byTransition one row per from-step → to-step, in the chain's order
   */
  public record StayGaps(long totalDays, List<ClientGaps> byClient, List<TransitionGaps> byTransition) {
  }

  /** A journey's gaps (its case number, never a name). */
  public record ClientGaps(String caseNumber, long totalDays, List<Gap> gaps) {
  }

  /**
   * @param endedBecause why the step before ended: a StepEndCause, TERMINATED or CLOSED
   * @param leftOn the day the previous placement ended
   * @param startedOn the day the next placement started
   */
  public record Gap(String fromStep, String toStep, String endedBecause, java.time.LocalDate leftOn,
      java.time.LocalDate startedOn, long days) {
  }

  /** @param medianDays one decimal */
  public record TransitionGaps(String fromStep, String toStep, long count, long totalDays, BigDecimal medianDays) {
  }
}
