package se.bofast.housing;

import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The housing module's read model of its outreach contacts, for other modules that count them
 * (the reporting module's figures). One SQL statement per call; no personal data leaves it.
 */
@Component
@Transactional(readOnly = true)
public class OutreachContactFacts {

  private final JdbcTemplate jdbc;

  OutreachContactFacts(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Outreach contacts dated from {@code from} to {@code to} (both included) with a person who was
   * unidentified when the contact began (the contact where the person is identified counts,
   * later ones do not), whether or not the person was met.
   */
  public long withUnidentifiedPersonsBetween(LocalDate from, LocalDate to) {
    Number n = jdbc.queryForObject("SELECT COUNT(*) FROM outreach_contact WHERE client_identified = FALSE"
        + " AND contact_date BETWEEN ? AND ?", Number.class, from, to);
    return n == null ? 0 : n.longValue();
  }
}
