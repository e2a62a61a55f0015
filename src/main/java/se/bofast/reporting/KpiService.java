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
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.bofast.followup.FollowupService;
import se.bofast.housing.Step;
import se.bofast.platform.web.InvalidInputException;
import se.bofast.reporting.KpiFigures.ChainGapDays;

/**
 * The steering group's figures over a period, read from the housing, eviction, and
 * follow-up modules' tables with plain SQL (H2 and PostgreSQL alike); this module never
 * writes them. Every figure is defined in docs/kpi-definitions.md; the comments below name
 * the rule each query implements. Day arithmetic is done here in Java, not in SQL, so that
 * both databases count the same.
 */
@Service
@Transactional(readOnly = true)
public class KpiService {

  private final NamedParameterJdbcTemplate jdbc;
  private final FollowupService followup;
  private final Clock clock;

  KpiService(NamedParameterJdbcTemplate jdbc, FollowupService followup, Clock clock) {
    this.jdbc = jdbc;
    this.followup = followup;
    this.clock = clock;
  }

  /** A placement as reporting reads it; end is exclusive (the day the client left), null while open. */
  record PlacementRow(long id, long journeyId, long clientId, Step step, LocalDate start, LocalDate end,
      String endReason, Integer gapDaysBefore, BigDecimal dayCost) {
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
    List<PlacementRow> placements = placements();
    MapSqlParameterSource period = new MapSqlParameterSource().addValue("from", from).addValue("to", to);

    return new KpiFigures(
        shelterNights(placements, from, to, today),
        clientsByStep(placements, to),
        movesTrainingToTrial(placements, from, to),
        placements.stream().filter(p -> p.step == Step.FORSOKSLAGENHET && "TERMINATED".equals(p.endReason)
            && within(p.end, from, to)).count(),
        placements.stream().filter(p -> "TAKEOVER".equals(p.endReason) && within(p.end, from, to)).count(),
        chainGapDays(placements, from, to),
        count("SELECT COUNT(*) FROM eviction_signal WHERE received_on BETWEEN :from AND :to", period),
        count("SELECT COUNT(*) FROM eviction_case WHERE first_signal_on BETWEEN :from AND :to", period),
        count("SELECT COUNT(*) FROM eviction_case WHERE outcome = 'PREVENTED' AND closed_on BETWEEN :from AND :to",
            period),
        count("SELECT COUNT(*) FROM eviction_case WHERE outcome = 'EVICTED' AND closed_on BETWEEN :from AND :to",
            period),
        count("SELECT COALESCE(SUM(children_affected), 0) FROM eviction_case"
            + " WHERE outcome = 'EVICTED' AND closed_on BETWEEN :from AND :to", period),
        medianDaysToFirstContact(period),
        sipCoverage(),
        count("SELECT COUNT(*) FROM outreach_contact WHERE client_identified = FALSE"
            + " AND contact_date BETWEEN :from AND :to", period),
        careForecast(placements, to.getYear()));
  }

  // --- housing ------------------------------------------------------------------------------

  private List<PlacementRow> placements() {
    return jdbc.query("SELECT id, journey_id, client_id, step, start_date, end_date, end_reason, gap_days_before,"
            + " day_cost_sek FROM placement ORDER BY journey_id, start_date, id",
        (rs, i) -> new PlacementRow(rs.getLong("id"), rs.getLong("journey_id"), rs.getLong("client_id"),
            Step.valueOf(rs.getString("step")), rs.getObject("start_date", LocalDate.class),
            rs.getObject("end_date", LocalDate.class), rs.getString("end_reason"),
            (Integer) rs.getObject("gap_days_before", Integer.class), rs.getBigDecimal("day_cost_sek")));
  }

  /** Night N (from day N to day N+1) counts when from ≤ N ≤ to, start ≤ N, N+1 ≤ end (open: N+1 ≤ today). */
  static long shelterNights(List<PlacementRow> placements, LocalDate from, LocalDate to, LocalDate today) {
    long nights = 0;
    for (PlacementRow p : placements) {
      if (p.step != Step.HARBARGE) {
        continue;
      }
      LocalDate first = max(p.start, from);
      LocalDate endExclusive = min(p.end != null ? p.end : today, to.plusDays(1));
      nights += Math.max(0, ChronoUnit.DAYS.between(first, endExclusive));
    }
    return nights;
  }

  /** Clients whose placement in the step covers the day `to`: start ≤ to and (open or end > to). */
  static Map<String, Long> clientsByStep(List<PlacementRow> placements, LocalDate to) {
    Map<String, Set<Long>> clients = new LinkedHashMap<>();
    for (Step step : Step.values()) {
      clients.put(step.name(), new HashSet<>());
    }
    for (PlacementRow p : placements) {
      if (!p.start.isAfter(to) && (p.end == null || p.end.isAfter(to))) {
        clients.get(p.step.name()).add(p.clientId);
      }
    }
    Map<String, Long> counts = new LinkedHashMap<>();
    clients.forEach((step, ids) -> counts.put(step, (long) ids.size()));
    return counts;
  }

  /** A trial placement that starts in the period right after a training placement of the same journey. */
  static long movesTrainingToTrial(List<PlacementRow> placements, LocalDate from, LocalDate to) {
    long moves = 0;
    for (int i = 1; i < placements.size(); i++) {
      PlacementRow previous = placements.get(i - 1);
      PlacementRow next = placements.get(i);
      if (previous.journeyId == next.journeyId && previous.step == Step.TRANINGSLAGENHET
          && next.step == Step.FORSOKSLAGENHET && within(next.start, from, to)) {
        moves++;
      }
    }
    return moves;
  }

  /** gap_days_before of the placements starting in the period (a journey's first placement has none). */
  static ChainGapDays chainGapDays(List<PlacementRow> placements, LocalDate from, LocalDate to) {
    List<Long> gaps = new ArrayList<>();
    Set<Long> clients = new HashSet<>();
    for (PlacementRow p : placements) {
      if (p.gapDaysBefore != null && p.gapDaysBefore > 0 && within(p.start, from, to)) {
        gaps.add((long) p.gapDaysBefore);
        clients.add(p.clientId);
      }
    }
    BigDecimal median = median(gaps);
    return new ChainGapDays(gaps.stream().mapToLong(Long::longValue).sum(),
        median == null ? BigDecimal.ZERO : median, clients.size());
  }

  /** Calendar year Y: each placement's days within Y (start included, end excluded; open: to 31 Dec) × its day cost. */
  static long careForecast(List<PlacementRow> placements, int year) {
    LocalDate yearStart = LocalDate.of(year, 1, 1);
    LocalDate nextYear = yearStart.plusYears(1);
    BigDecimal total = BigDecimal.ZERO;
    for (PlacementRow p : placements) {
      long days = Math.max(0, ChronoUnit.DAYS.between(max(p.start, yearStart),
          min(p.end != null ? p.end : nextYear, nextYear)));
      total = total.add(p.dayCost.multiply(BigDecimal.valueOf(days)));
    }
    return total.setScale(0, RoundingMode.HALF_UP).longValueExact();
  }

  // --- eviction, follow-up ----------------------------------------------------------------------

  /** Cases opened in the period with a first contact: median of days from the first signal to it. */
  private BigDecimal medianDaysToFirstContact(MapSqlParameterSource period) {
    List<Long> days = jdbc.query("SELECT first_signal_on, first_contact_on FROM eviction_case"
            + " WHERE first_contact_on IS NOT NULL AND first_signal_on BETWEEN :from AND :to", period,
        (rs, i) -> ChronoUnit.DAYS.between(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)));
    return median(days);
  }

  /** 1 − (target clients without a current SIP today) / (target clients), FollowupService's definition. */
  private BigDecimal sipCoverage() {
    long target = count("SELECT COUNT(*) FROM sip_target", new MapSqlParameterSource());
    if (target == 0) {
      return null;
    }
    long needing = followup.clientsNeedingSip().size();
    return BigDecimal.valueOf(target - needing).divide(BigDecimal.valueOf(target), 4, RoundingMode.HALF_UP);
  }

  // --- helpers -------------------------------------------------------------------------------------

  /** The median, one decimal (the mean of the two middle values for an even count); null for none. */
  static BigDecimal median(List<Long> values) {
    if (values.isEmpty()) {
      return null;
    }
    List<Long> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    long twice = n % 2 == 1 ? 2 * sorted.get(n / 2) : sorted.get(n / 2 - 1) + sorted.get(n / 2);
    return BigDecimal.valueOf(twice).divide(BigDecimal.valueOf(2), 1, RoundingMode.UNNECESSARY);
  }

  private long count(String sql, MapSqlParameterSource params) {
    Number n = jdbc.queryForObject(sql, params, Number.class);
    return n == null ? 0 : n.longValue();
  }

  private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
    return day != null && !day.isBefore(from) && !day.isAfter(to);
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
