package se.bofast.housing;

import java.time.LocalDate;
import java.util.List;
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

  /**
   * One contact with a person unidentified when it began.
   *
   * @param firstOfClient whether it is the client's first outreach contact of all (earliest date, then
   *     the first recorded): the first contact with a previously unknown person
   * @param partnerId the voluntary organisation for VOLUNTARY_ORGANISATION, else null
   */
  public record UnknownPersonContact(long clientId, LocalDate contactDate, OutreachChannel channel, Long partnerId,
      boolean firstOfClient) {
  }

  /** The contacts {@link #withUnidentifiedPersonsBetween} counts, each with its channel, in date order. */
  public List<UnknownPersonContact> unknownPersonContactsBetween(LocalDate from, LocalDate to) {
    return jdbc.query("SELECT c.client_id, c.contact_date, c.channel, c.partner_id, CASE WHEN EXISTS (SELECT 1"
            + " FROM outreach_contact e WHERE e.client_id = c.client_id AND (e.contact_date < c.contact_date"
            + " OR (e.contact_date = c.contact_date AND e.id < c.id))) THEN 0 ELSE 1 END AS first_of_client"
            + " FROM outreach_contact c WHERE c.client_identified = FALSE AND c.contact_date BETWEEN ? AND ?"
            + " ORDER BY c.contact_date, c.id",
        (rs, i) -> new UnknownPersonContact(rs.getLong("client_id"), rs.getObject("contact_date", LocalDate.class),
            OutreachChannel.valueOf(rs.getString("channel")), rs.getObject("partner_id", Long.class),
            rs.getInt("first_of_client") == 1),
        from, to);
  }
}
