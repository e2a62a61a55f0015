package se.bofast.reporting;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.bofast.identity.Groups;
import se.bofast.platform.web.InvalidInputException;
import se.bofast.platform.web.RequireGroups;
import se.bofast.reporting.KpiFigures.Period;

/**
 * The flows between the chain's steps, for the enhetschef only:
 * {@code GET /api/reports/flows?tertial=2026-2} (with the change from the previous tertial),
 * {@code ?month=2026-05} (from the previous month) or {@code ?from=…&to=…} (no change).
 */
@RestController
@RequireGroups(Groups.ENHETSCHEF)
class FlowController {

  private final FlowService flows;
  private final Clock clock;

  FlowController(FlowService flows, Clock clock) {
    this.flows = flows;
    this.clock = clock;
  }

  @GetMapping(value = "/api/reports/flows", produces = MediaType.APPLICATION_JSON_VALUE)
  FlowReport flows(@RequestParam(required = false) String tertial, @RequestParam(required = false) String month,
      @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    return flows.report(period(tertial, month, from, to, LocalDate.now(clock)));
  }

  /** Exactly one of: a tertial, a month, a period from–to. */
  static FlowPeriod period(String tertial, String month, String from, String to, LocalDate today) {
    boolean hasTertial = tertial != null && !tertial.isBlank();
    boolean hasMonth = month != null && !month.isBlank();
    boolean hasPeriod = (from != null && !from.isBlank()) || (to != null && !to.isBlank());
    if ((hasTertial ? 1 : 0) + (hasMonth ? 1 : 0) + (hasPeriod ? 1 : 0) != 1) {
      throw new InvalidInputException(hasTertial ? "tertial" : hasMonth ? "month" : "from",
          "Ange ett tertial (tertial=ÅÅÅÅ-T), en månad (month=ÅÅÅÅ-MM) eller en period (from=ÅÅÅÅ-MM-DD&to=ÅÅÅÅ-MM-DD),"
              + " och bara ett av dem.");
    }
    if (hasTertial) {
      return FlowPeriod.parseTertial(tertial, today);
    }
    if (hasMonth) {
      return FlowPeriod.parseMonth(month, today);
    }
    Period period = KpiController.period(from, to);
    return FlowPeriod.between(period.from(), period.to());
  }
}
