package se.bofast.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.bofast.housing.PlacementHistory;
import se.bofast.housing.PlacementHistory.Stay;
import se.bofast.reporting.FlowReport.Change;
import se.bofast.reporting.FlowReport.FlowTotal;
import se.bofast.reporting.FlowReport.StepChange;
import se.bofast.reporting.FlowReport.StepFlow;

/**
 * The flows between the chain's steps for a tertial, a month or any period, with the change from
 * the previous tertial or month, and the gaps: read through the housing module's
 * {@link PlacementHistory} once per report. Definitions: docs/kpi-definitions.md, "Flöden per steg …".
 */
@Service
@Transactional(readOnly = true)
public class FlowService {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final PlacementHistory history;
  private final Clock clock;

  FlowService(PlacementHistory history, Clock clock) {
    this.history = history;
    this.clock = clock;
  }

  public FlowReport report(FlowPeriod period) {
    LocalDate today = LocalDate.now(clock);
    List<Stay> stays = history.all();
    List<StepFlow> current = FlowSteps.of(stays, period, today);
    FlowPeriod previousPeriod = period.previous();
    List<StepFlow> previous = previousPeriod == null ? null : FlowSteps.of(stays, previousPeriod, today);
    List<StepFlow> steps = new ArrayList<>();
    for (int i = 0; i < current.size(); i++) {
      steps.add(previous == null ? current.get(i) : withChange(current.get(i), previous.get(i)));
    }
    long cost = FlowSteps.kronor(FlowSteps.cost(stays, period, today, null));
    Change costChange = previousPeriod == null ? null
        : change(cost, FlowSteps.kronor(FlowSteps.cost(stays, previousPeriod, today, null)));
    FlowTotal total = new FlowTotal(current.stream().mapToLong(StepFlow::entered).sum(),
        current.stream().mapToLong(StepFlow::left).sum(), current.stream().mapToLong(StepFlow::placementDays).sum(),
        cost, costChange);
    return new FlowReport(period, previousPeriod, steps, total, StayGapFigures.of(stays, period));
  }

  private static StepFlow withChange(StepFlow now, StepFlow before) {
    StepChange change = new StepChange(change(now.entered(), before.entered()), change(now.left(), before.left()),
        change(now.stillThere(), before.stillThere()),
        change(now.stays().medianDays(), before.stays().medianDays()),
        change(decimal(now.stays().p90Days()), decimal(before.stays().p90Days())),
        change(now.costSek(), before.costSek()));
    return new StepFlow(now.step(), now.label(), now.atStart(), now.entered(), now.clientsEntered(), now.movedTo(),
        now.leftWithoutNext(), now.left(), now.stillThere(), now.stays(), now.placementDays(), now.costSek(), change);
  }

  static Change change(long now, long before) {
    return change(BigDecimal.valueOf(now), BigDecimal.valueOf(before));
  }

  /** this − previous, and its share of previous in percent (one decimal, half away from zero). */
  static Change change(BigDecimal now, BigDecimal before) {
    if (now == null || before == null) {
      return new Change(before, null, null);
    }
    BigDecimal absolute = now.subtract(before);
    BigDecimal percent = before.signum() == 0 ? null
        : absolute.multiply(HUNDRED).divide(before, 1, RoundingMode.HALF_UP);
    return new Change(before, absolute, percent);
  }

  private static BigDecimal decimal(Long value) {
    return value == null ? null : BigDecimal.valueOf(value);
  }
}
