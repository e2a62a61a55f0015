package se.bofast.audit;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The access log's one writer: rows are only ever inserted, each batch in a transaction of its
 * own (REQUIRES_NEW), so that the record does not depend on the caller's transaction and a
 * failure is noticed at once. A failure throws {@link AccessLogUnavailableException}: the caller
 * refuses the read instead of answering it unrecorded. There is deliberately no update or delete.
 */
@Repository
public class AccessLog {

  private static final Logger LOG = LoggerFactory.getLogger(AccessLog.class);
  static final int ENDPOINT_MAX = 200;

  private final JdbcTemplate jdbc;
  private final Clock clock;

  AccessLog(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Records the entries, all with the same moment. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void record(List<AccessEntry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    Timestamp now = Timestamp.from(Instant.now(clock));
    try {
      jdbc.batchUpdate("INSERT INTO access_log (occurred_at, user_id, operation, channel, endpoint, client_id,"
          + " case_id, case_number, task_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", entries, 200, (ps, e) -> {
            ps.setTimestamp(1, now);
            ps.setString(2, e.userId());
            ps.setString(3, e.operation().name());
            ps.setString(4, e.channel().name());
            ps.setString(5, cut(e.endpoint(), ENDPOINT_MAX));
            ps.setObject(6, e.clientId(), Types.BIGINT);
            ps.setObject(7, e.caseId(), Types.BIGINT);
            ps.setString(8, cut(e.caseNumber(), 30));
            ps.setString(9, cut(e.taskId(), 64));
          });
    } catch (DataAccessException e) {
      // the endpoint and the ids are no personal data; the exception's message may hold values
      LOG.error("Access log not written for {} ({} rows): {}", cut(entries.get(0).endpoint(), ENDPOINT_MAX),
          entries.size(), e.getClass().getSimpleName());
      throw new AccessLogUnavailableException(e);
    }
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }

  /** A row as the enhetschef reads it. */
  public record Row(long id, OffsetDateTime occurredAt, String userId, AccessEntry.Operation operation,
      AccessEntry.Channel channel, String endpoint, Long clientId, Long caseId, String caseNumber, String taskId) {
  }

  static final String SELECT = "SELECT id, occurred_at, user_id, operation, channel, endpoint, client_id, case_id,"
      + " case_number, task_id FROM access_log";

  static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Row(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("user_id"),
        AccessEntry.Operation.valueOf(rs.getString("operation")), AccessEntry.Channel.valueOf(rs.getString("channel")),
        rs.getString("endpoint"), rs.getObject("client_id", Long.class), rs.getObject("case_id", Long.class),
        rs.getString("case_number"), rs.getString("task_id"));
  }
}
