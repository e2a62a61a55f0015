package se.bofast.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The enhetschef's questions to the access log: per client, per user, per period (Swedish days). */
@Component
class AccessLogQueries {

  static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

  /** Any of the criteria may be null; from and to are whole days, both included. */
  record Criteria(Long clientId, String userId, LocalDate from, LocalDate to) {
  }

  record Page(int page, int size, long total, List<AccessLog.Row> entries) {
  }

  private final JdbcTemplate jdbc;

  AccessLogQueries(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  Page page(Criteria criteria, int page, int size) {
    List<Object> args = new ArrayList<>();
    String where = where(criteria, args);
    long total = jdbc.queryForObject("SELECT count(*) FROM access_log" + where, Long.class, args.toArray());
    args.add(size);
    args.add((long) page * size);
    List<AccessLog.Row> rows = jdbc.query(AccessLog.SELECT + where + " ORDER BY occurred_at DESC, id DESC"
        + " LIMIT ? OFFSET ?", (rs, i) -> AccessLog.row(rs), args.toArray());
    return new Page(page, size, total, rows);
  }

  /** Every matching row, oldest first, handed to the consumer one at a time (the CSV export). */
  @Transactional(readOnly = true)
  void each(Criteria criteria, Consumer<AccessLog.Row> consumer) {
    List<Object> args = new ArrayList<>();
    String where = where(criteria, args);
    jdbc.query(AccessLog.SELECT + where + " ORDER BY occurred_at, id", rs -> {
      consumer.accept(AccessLog.row(rs));
    }, args.toArray());
  }

  private static String where(Criteria c, List<Object> args) {
    List<String> terms = new ArrayList<>();
    if (c.clientId() != null) {
      terms.add("client_id = ?");
      args.add(c.clientId());
    }
    if (c.userId() != null) {
      terms.add("user_id = ?");
      args.add(c.userId());
    }
    if (c.from() != null) {
      terms.add("occurred_at >= ?");
      args.add(c.from().atStartOfDay(ZONE).toOffsetDateTime());
    }
    if (c.to() != null) {
      terms.add("occurred_at < ?");
      args.add(c.to().plusDays(1).atStartOfDay(ZONE).toOffsetDateTime());
    }
    return terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms);
  }
}
