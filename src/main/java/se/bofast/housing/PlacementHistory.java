package se.bofast.housing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The housing module's read model of each journey's stays in the chain, for the flows between
 * the steps (the reporting module's flow matrix, lengths of stay and gaps): what {@link PlacementFacts}
 * gives, plus why a step ended without the next one, the placement before it and the journey's
 * case number. No names, no personnummer, no places. One SQL statement per call; H2 and PostgreSQL
 * alike. The housing module alone writes the tables behind it.
 */
@Component
@Transactional(readOnly = true)
public class PlacementHistory {

  /**
   * One stay.
   *
   * @param end the day the client left (exclusive); null while the placement is open
   * @param endReason null while open
   * @param stepEndCause why the step ended without the next ({@link EndReason#STEP_ENDED}); null otherwise
   * @param previousPlacementId the journey's placement before this one; null for the first (and for
   *     placements whose previous one was not recorded before V16)
   * @param gapDaysBefore days without a placement since the previous placement ended; null for the first
   */
  public record Stay(long id, long journeyId, long clientId, String caseNumber, Step step, LocalDate start,
      LocalDate end, EndReason endReason, StepEndCause stepEndCause, Long previousPlacementId,
      Integer gapDaysBefore, BigDecimal dayCost) {
  }

  private final JdbcTemplate jdbc;

  PlacementHistory(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Every placement, open and ended, ordered by journey, then start date, then id (a journey's in order). */
  public List<Stay> all() {
    return jdbc.query("SELECT p.id, p.journey_id, p.client_id, j.case_number, p.step, p.start_date, p.end_date,"
            + " p.end_reason, p.step_end_cause, p.previous_placement_id, p.gap_days_before, p.day_cost_sek"
            + " FROM placement p JOIN journey j ON j.id = p.journey_id ORDER BY p.journey_id, p.start_date, p.id",
        (rs, i) -> {
          String endReason = rs.getString("end_reason");
          String stepEndCause = rs.getString("step_end_cause");
          return new Stay(rs.getLong("id"), rs.getLong("journey_id"), rs.getLong("client_id"),
              rs.getString("case_number"), Step.valueOf(rs.getString("step")),
              rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
              endReason == null ? null : EndReason.valueOf(endReason),
              stepEndCause == null ? null : StepEndCause.valueOf(stepEndCause),
              rs.getObject("previous_placement_id", Long.class), rs.getObject("gap_days_before", Integer.class),
              rs.getBigDecimal("day_cost_sek"));
        });
  }
}
