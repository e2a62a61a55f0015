package se.bofast.housing;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The housing module's read model of boendestöd visits a week, for the reporting module: what each
 * "Bedöm nästa steg" recorded (placement_review) and what the team agreed as intensified support after
 * a relapse (relapse, INTENSIFIED_SUPPORT). Ids, dates and counts only. One SQL statement per call.
 */
@Component
@Transactional(readOnly = true)
public class SupportVisitFacts {

  /** Visits a week recorded on a day for a journey. */
  public record VisitsRecorded(long journeyId, LocalDate on, int visitsPerWeek) {
  }

  private final JdbcTemplate jdbc;

  SupportVisitFacts(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Every record, ordered by journey, then day. */
  public List<VisitsRecorded> all() {
    return jdbc.query("SELECT journey_id, review_date AS recorded_on, visits_per_week FROM placement_review"
            + " UNION ALL SELECT journey_id, agreed_on AS recorded_on, visits_per_week FROM relapse"
            + " WHERE support = 'INTENSIFIED_SUPPORT' AND agreed_on IS NOT NULL AND visits_per_week IS NOT NULL"
            + " ORDER BY journey_id, recorded_on",
        (rs, i) -> new VisitsRecorded(rs.getLong("journey_id"), rs.getObject("recorded_on", LocalDate.class),
            rs.getInt("visits_per_week")));
  }
}
