package se.bofast.eviction;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The eviction module's read model of its cases, for other modules that count them (the
 * reporting module's figures): ids, dates, outcome and the number of children affected; no
 * names, no personnummer, no addresses. One SQL statement per call; H2 and PostgreSQL alike.
 */
@Component
@Transactional(readOnly = true)
public class EvictionCaseFacts {

  /**
   * One case.
   *
   * @param firstSignalOn the day the case was opened (its first signal)
   * @param firstContactOn the day the tenant was first reached; null until then
   * @param outcome null while the case is open
   * @param closedOn null while the case is open
   * @param childrenAffected the children the outcome affected; null when not recorded
   */
  public record EvictionCaseFact(long caseId, LocalDate firstSignalOn, LocalDate firstContactOn, Outcome outcome,
      LocalDate closedOn, Integer childrenAffected) {
  }

  private final JdbcTemplate jdbc;

  EvictionCaseFacts(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The cases opened (first signal) or closed from {@code from} to {@code to}, both days included; by id. */
  public List<EvictionCaseFact> openedOrClosedBetween(LocalDate from, LocalDate to) {
    return jdbc.query("SELECT id, first_signal_on, first_contact_on, outcome, closed_on, children_affected"
            + " FROM eviction_case WHERE first_signal_on BETWEEN ? AND ? OR closed_on BETWEEN ? AND ? ORDER BY id",
        (rs, i) -> {
          String outcome = rs.getString("outcome");
          return new EvictionCaseFact(rs.getLong("id"), rs.getObject("first_signal_on", LocalDate.class),
              rs.getObject("first_contact_on", LocalDate.class), outcome == null ? null : Outcome.valueOf(outcome),
              rs.getObject("closed_on", LocalDate.class), rs.getObject("children_affected", Integer.class));
        }, from, to, from, to);
  }
}
