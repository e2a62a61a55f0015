package se.bofast.notify;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The notification outbox (table notification_outbox). {@link #add} joins the caller's
 * transaction, so a notice commits or rolls back with what caused it, and stores a notice once
 * per unique key. The sender claims a due notice by a conditional update (one node wins), sends
 * it and records the outcome; a failure keeps the notice for a later attempt.
 */
@Component
class Outbox {

  enum Status { PENDING, SENDING, SENT, NOT_SENT }

  /** A stored notice as the sender reads it. */
  record Stored(long id, NoticeKind kind, String recipient, String address, String subject, String body,
      int attempts) {
  }

  private static final RowMapper<Stored> STORED = (rs, n) -> new Stored(rs.getLong("id"),
      NoticeKind.valueOf(rs.getString("kind")), rs.getString("recipient"), rs.getString("address"),
      rs.getString("mail_subject"), rs.getString("body"), rs.getInt("attempts"));

  private final JdbcTemplate jdbc;

  Outbox(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Stores the notice unless one with its key is stored already; due at once.
   *
   * @return whether it was stored now
   */
  boolean add(Notice notice, Instant now) {
    Integer stored = jdbc.queryForObject("SELECT count(*) FROM notification_outbox "
        + "WHERE kind = ? AND recipient = ? AND subject_key = ? AND notice_day = ?", Integer.class,
        notice.kind().name(), notice.recipient(), notice.subjectKey(), notice.day());
    if (stored != null && stored > 0) {
      return false;
    }
    // two writers of the same notice at the same moment: the unique key refuses the second
    OffsetDateTime at = utc(now);
    jdbc.update("INSERT INTO notification_outbox (kind, recipient, address, subject_key, notice_day, "
        + "mail_subject, body, status, attempts, next_attempt_at, created_at) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)",
        notice.kind().name(), notice.recipient(), notice.address(), notice.subjectKey(), notice.day(),
        notice.subject(), notice.body(), at, at);
    return true;
  }

  /** Ids of the notices due for an attempt, oldest first. */
  List<Long> due(Instant now, int limit) {
    return jdbc.queryForList("SELECT id FROM notification_outbox WHERE status = 'PENDING' AND next_attempt_at <= ? "
        + "ORDER BY next_attempt_at, id FETCH FIRST " + limit + " ROWS ONLY", Long.class, utc(now));
  }

  /** Takes the notice for sending; empty when another node (or an earlier run) has it. */
  Optional<Stored> claim(long id, Instant now) {
    int claimed = jdbc.update("UPDATE notification_outbox SET status = 'SENDING', claimed_at = ? "
        + "WHERE id = ? AND status = 'PENDING'", utc(now), id);
    if (claimed != 1) {
      return Optional.empty();
    }
    return jdbc.query("SELECT id, kind, recipient, address, mail_subject, body, attempts FROM notification_outbox "
        + "WHERE id = ?", STORED, id).stream().findFirst();
  }

  void sent(long id, Instant now) {
    jdbc.update("UPDATE notification_outbox SET status = 'SENT', sent_at = ?, attempts = attempts + 1, "
        + "last_failure = NULL WHERE id = ?", utc(now), id);
  }

  /** The attempt failed: back to PENDING, due again at {@code next}. */
  void failed(long id, Instant next, String failure) {
    jdbc.update("UPDATE notification_outbox SET status = 'PENDING', attempts = attempts + 1, next_attempt_at = ?, "
        + "last_failure = ? WHERE id = ?", utc(next), failure, id);
  }

  /** Not sent and never will be (e-mail is off): kept with its status. */
  void notSent(long id, String reason) {
    jdbc.update("UPDATE notification_outbox SET status = 'NOT_SENT', last_failure = ? WHERE id = ?", reason, id);
  }

  /** Notices claimed before {@code before} whose sender never finished go back to PENDING. */
  int releaseStale(Instant before) {
    return jdbc.update("UPDATE notification_outbox SET status = 'PENDING' WHERE status = 'SENDING' AND claimed_at < ?",
        utc(before));
  }

  /** Deletes finished notices (sent or not sent) created before {@code before}. */
  int purge(Instant before) {
    return jdbc.update("DELETE FROM notification_outbox WHERE status IN ('SENT', 'NOT_SENT') AND created_at < ?",
        utc(before));
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
