package se.bofast.housing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The housing module's read model of its placements, for other modules that count them (the
 * reporting module's figures): ids, step, dates, why it ended, the gap before it and its day
 * cost; no names, no personnummer, no places. One SQL statement per call; H2 and PostgreSQL
 * alike. The housing module alone writes the table behind it.
 */
@Component
@Transactional(readOnly = true)
public class PlacementFacts {

  /**
   * One placement.
   *
   * @param end the day the client left (exclusive); null while the placement is open
   * @param endReason null while open
   * @param gapDaysBefore days without a placement since the journey's previous placement ended;
   *     null for the journey's first placement
   * @param dayCost the day cost in kronor set when the placement started
   */
  public record PlacementFact(long id, long journeyId, long clientId, Step step, LocalDate start, LocalDate end,
      EndReason endReason, Integer gapDaysBefore, BigDecimal dayCost) {
  }

  private final JdbcTemplate jdbc;

  PlacementFacts(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Every placement, open and ended, ordered by journey, then start date, then id (a journey's in order). */
  public List<PlacementFact> all() {
    return jdbc.query("SELECT id, journey_id, client_id, step, start_date, end_date, end_reason, gap_days_before,"
            + " day_cost_sek FROM placement ORDER BY journey_id, start_date, id",
        (rs, i) -> {
          String endReason = rs.getString("end_reason");
          return new PlacementFact(rs.getLong("id"), rs.getLong("journey_id"), rs.getLong("client_id"),
              Step.valueOf(rs.getString("step")), rs.getObject("start_date", LocalDate.class),
              rs.getObject("end_date", LocalDate.class), endReason == null ? null : EndReason.valueOf(endReason),
              rs.getObject("gap_days_before", Integer.class), rs.getBigDecimal("day_cost_sek"));
        });
  }
}
