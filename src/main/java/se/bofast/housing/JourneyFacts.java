package se.bofast.housing;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The housing module's read model of its journeys for the reporting module's per-client tables:
 * the case number (never a name) and what the journey is waiting for. One SQL statement per call.
 */
@Component
@Transactional(readOnly = true)
public class JourneyFacts {

  /** @param queuedFor the kind of apartment the journey is queued for; null when not in the queue */
  public record JourneyFact(long journeyId, long clientId, String caseNumber, Step queuedFor) {
  }

  private final JdbcTemplate jdbc;

  JourneyFacts(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Every journey, ordered by case number. */
  public List<JourneyFact> all() {
    return jdbc.query("SELECT j.id, j.client_id, j.case_number, q.kind FROM journey j"
            + " LEFT JOIN apartment_queue q ON q.journey_id = j.id ORDER BY j.case_number",
        (rs, i) -> {
          String queued = rs.getString("kind");
          return new JourneyFact(rs.getLong("id"), rs.getLong("client_id"), rs.getString("case_number"),
              queued == null ? null : Step.valueOf(queued));
        });
  }
}
