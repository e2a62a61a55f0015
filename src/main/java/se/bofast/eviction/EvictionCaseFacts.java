package se.bofast.eviction;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The eviction module's read model of its cases, for other modules that count them (the
 * reporting module's figures): ids, dates, outcome, the number of children affected and whether
 * the case is about rent arrears; no names, no personnummer, no addresses, no amounts. One SQL
 * statement per call (the first attempt and the rent-arrears flag are subqueries of it); H2 and
 * PostgreSQL alike.
 */
@Component
@Transactional(readOnly = true)
public class EvictionCaseFacts {

  /**
   * One case.
   *
   * @param firstSignalOn the day the case was opened (its first signal)
   * @param firstContactOn the day the tenant was first reached; null until then
   * @param firstAttemptOn the day of the first recorded contact attempt, answered or not; null without one
   * @param outcome null while the case is open
   * @param outcomeOn the day of the outcome (outcome_on); for a case closed before the outcome's day was
   *     recorded (before V8), the day it was closed; null while the case is open
   * @param childrenAffected the children the outcome affected; null when not recorded
   * @param rentArrears whether any of the case's signals is of type RENT_ARREARS
   * @param reclaimDeadline the återvinningsfrist; null until both notice dates are known, and for
   *     cases that are not about rent arrears
   * @param aidDecidedOn the day ekonomiskt bistånd for the rent debt was decided (granted or refused); null
   *     without a decision
   */
  public record EvictionCaseFact(long caseId, LocalDate firstSignalOn, LocalDate firstContactOn,
      LocalDate firstAttemptOn, Outcome outcome, LocalDate outcomeOn, Integer childrenAffected, boolean rentArrears,
      LocalDate reclaimDeadline, LocalDate aidDecidedOn) {
  }

  private static final String OUTCOME_ON = "COALESCE(c.outcome_on, c.closed_on)";

  private static final String SELECT = "SELECT c.id, c.first_signal_on, c.first_contact_on, c.outcome, "
      + OUTCOME_ON + " AS outcome_day, c.children_affected, c.reclaim_deadline, c.aid_decided_on,"
      + " (SELECT MIN(a.attempt_on) FROM eviction_contact_attempt a WHERE a.case_id = c.id) AS first_attempt_on,"
      + " CASE WHEN EXISTS (SELECT 1 FROM eviction_signal s WHERE s.case_id = c.id AND s.type = 'RENT_ARREARS')"
      + " THEN 1 ELSE 0 END AS rent_arrears"
      + " FROM eviction_case c"
      + " WHERE c.first_signal_on BETWEEN ? AND ? OR " + OUTCOME_ON + " BETWEEN ? AND ?"
      + " OR c.reclaim_deadline BETWEEN ? AND ?"
      + " ORDER BY c.id";

  private final JdbcTemplate jdbc;

  EvictionCaseFacts(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The cases with a day from {@code from} to {@code to} (both included) among: opened (first signal),
   * outcome, återvinningsfrist; by id.
   */
  public List<EvictionCaseFact> withADayBetween(LocalDate from, LocalDate to) {
    return jdbc.query(SELECT, (rs, i) -> {
      String outcome = rs.getString("outcome");
      return new EvictionCaseFact(rs.getLong("id"), rs.getObject("first_signal_on", LocalDate.class),
          rs.getObject("first_contact_on", LocalDate.class), rs.getObject("first_attempt_on", LocalDate.class),
          outcome == null ? null : Outcome.valueOf(outcome), rs.getObject("outcome_day", LocalDate.class),
          rs.getObject("children_affected", Integer.class), rs.getInt("rent_arrears") == 1,
          rs.getObject("reclaim_deadline", LocalDate.class), rs.getObject("aid_decided_on", LocalDate.class));
    }, from, to, from, to, from, to);
  }
}
