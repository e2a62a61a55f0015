package se.bofast.notify;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.bofast.identity.Groups;
import se.bofast.identity.StaffMember;

/**
 * Each person's choice of notices: the daily digest and the urgent notices, each on or off. Without
 * a stored choice: the digest is on for everyone; urgent notices are on for those they are meant
 * for by role (bosamordnare, enhetschef) and off for the others, who may turn them on to hear of
 * urgent cases in which they hold a task.
 */
@Service
class NotificationSettings {

  /** Who gets notices: the staff groups and the enhetschef. */
  static final List<String> NOTIFIED_GROUPS = List.of(Groups.CASE_MANAGER, Groups.BOENDELOTS,
      Groups.BOSAMORDNARE, Groups.SOCIALSEKRETERARE, Groups.ENHETSCHEF);

  /** What a person receives; {@code stored}: chosen by the person rather than the defaults. */
  record Choice(boolean digest, boolean urgent, boolean stored) {
  }

  private final JdbcTemplate jdbc;
  private final Clock clock;

  NotificationSettings(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  Choice of(StaffMember person) {
    List<Choice> stored = jdbc.query(
        "SELECT digest_enabled, urgent_enabled FROM notification_setting WHERE user_id = ?",
        (rs, n) -> new Choice(rs.getBoolean(1), rs.getBoolean(2), true), person.userId());
    return stored.isEmpty() ? defaults(person) : stored.get(0);
  }

  static Choice defaults(StaffMember person) {
    return new Choice(true, person.in(Groups.BOSAMORDNARE) || person.in(Groups.ENHETSCHEF), false);
  }

  /** Whether the person receives a digest: chosen, and an address to send it to. */
  boolean wantsDigest(StaffMember person) {
    return person.hasAddress() && of(person).digest();
  }

  boolean wantsUrgent(StaffMember person) {
    return person.hasAddress() && of(person).urgent();
  }

  @Transactional
  Choice save(String userId, boolean digest, boolean urgent, String by) {
    OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC);
    int updated = jdbc.update("UPDATE notification_setting SET digest_enabled = ?, urgent_enabled = ?, updated_at = ?, "
        + "updated_by = ? WHERE user_id = ?", digest, urgent, now, by, userId);
    if (updated == 0) {
      jdbc.update("INSERT INTO notification_setting (user_id, digest_enabled, urgent_enabled, updated_at, updated_by) "
          + "VALUES (?, ?, ?, ?, ?)", userId, digest, urgent, now, by);
    }
    return new Choice(digest, urgent, true);
  }
}
