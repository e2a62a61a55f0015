package se.bofast.audit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import se.bofast.platform.web.ConflictException;
import se.bofast.platform.web.NotFoundException;

/**
 * The reviews, their findings and the enhetschef's marks: rows are only inserted (a mark and a
 * completion are rows of their own), so the review is kept as it was made.
 */
@Repository
@Transactional
class AccessReviews {

  record AnomalyView(long id, String kind, String kindLabel, String userId, LocalDate day, Long clientId,
      Long caseId, String caseNumber, int readCount, long firstLogId, OffsetDateTime reviewedAt, String reviewedBy,
      String comment) {
  }

  record ReviewView(long id, LocalDate periodFrom, LocalDate periodTo, String processInstanceId,
      OffsetDateTime createdAt, OffsetDateTime completedAt, String completedBy, String comment,
      List<AnomalyView> anomalies) {
  }

  private final JdbcTemplate jdbc;
  private final Clock clock;

  AccessReviews(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The review of the process instance, made once with its findings. */
  long create(LocalDate from, LocalDate to, String processInstanceId, List<ReviewRule.Finding> findings) {
    List<Long> existing = jdbc.queryForList("SELECT id FROM access_review WHERE process_instance_id = ?", Long.class,
        processInstanceId);
    if (!existing.isEmpty()) {
      return existing.get(0);
    }
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(con -> {
      PreparedStatement ps = con.prepareStatement("INSERT INTO access_review (period_from, period_to,"
          + " process_instance_id, created_at) VALUES (?, ?, ?, ?)", new String[] {"id"});
      ps.setObject(1, from);
      ps.setObject(2, to);
      ps.setString(3, processInstanceId);
      ps.setObject(4, OffsetDateTime.now(clock));
      return ps;
    }, key);
    long id = key.getKey().longValue();
    jdbc.batchUpdate("INSERT INTO access_anomaly (review_id, kind, user_id, read_day, client_id, case_id, case_number,"
        + " read_count, first_log_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", findings, 200, (ps, f) -> {
          ps.setLong(1, id);
          ps.setString(2, f.kind());
          ps.setString(3, f.userId());
          ps.setObject(4, f.day());
          ps.setObject(5, f.clientId(), Types.BIGINT);
          ps.setObject(6, f.caseId(), Types.BIGINT);
          ps.setString(7, f.caseNumber());
          ps.setInt(8, f.readCount());
          ps.setLong(9, f.firstLogId());
        });
    return id;
  }

  @Transactional(readOnly = true)
  List<AnomalyView> anomalies(long reviewId) {
    return jdbc.query(ANOMALIES + " WHERE a.review_id = ? ORDER BY a.read_day, a.kind, a.user_id, a.id",
        (rs, i) -> anomaly(rs), reviewId);
  }

  @Transactional(readOnly = true)
  long unreviewed(long reviewId) {
    return jdbc.queryForObject("SELECT count(*) FROM access_anomaly a WHERE a.review_id = ? AND NOT EXISTS"
        + " (SELECT 1 FROM access_anomaly_review r WHERE r.anomaly_id = a.id)", Long.class, reviewId);
  }

  /** The enhetschef's mark on one finding: once, while the review is open. */
  AnomalyView mark(long anomalyId, String by, String comment) {
    List<Long> review = jdbc.queryForList("SELECT review_id FROM access_anomaly WHERE id = ?", Long.class, anomalyId);
    if (review.isEmpty()) {
      throw new NotFoundException("Avvikelsen finns inte.");
    }
    if (jdbc.queryForObject("SELECT count(*) FROM access_anomaly_review WHERE anomaly_id = ?", Long.class,
        anomalyId) > 0) {
      throw new ConflictException("Avvikelsen är redan markerad som granskad.");
    }
    if (jdbc.queryForObject("SELECT count(*) FROM access_review_completion WHERE review_id = ?", Long.class,
        review.get(0)) > 0) {
      throw new ConflictException("Granskningen är redan avslutad.");
    }
    jdbc.update("INSERT INTO access_anomaly_review (anomaly_id, reviewed_at, reviewed_by, comment) VALUES (?, ?, ?, ?)",
        anomalyId, OffsetDateTime.now(clock), by, comment);
    return jdbc.queryForObject(ANOMALIES + " WHERE a.id = ?", (rs, i) -> anomaly(rs), anomalyId);
  }

  void complete(long reviewId, String by, String comment) {
    jdbc.update("INSERT INTO access_review_completion (review_id, completed_at, completed_by, comment)"
        + " VALUES (?, ?, ?, ?)", reviewId, OffsetDateTime.now(clock), by, comment);
  }

  /** The latest reviews, newest first, with their findings and marks. */
  @Transactional(readOnly = true)
  List<ReviewView> latest(int count) {
    return jdbc.query("SELECT r.id, r.period_from, r.period_to, r.process_instance_id, r.created_at,"
        + " c.completed_at, c.completed_by, c.comment FROM access_review r"
        + " LEFT JOIN access_review_completion c ON c.review_id = r.id ORDER BY r.period_from DESC, r.id DESC"
        + " LIMIT ?", (rs, i) -> new ReviewView(rs.getLong(1), rs.getObject(2, LocalDate.class),
            rs.getObject(3, LocalDate.class), rs.getString(4), rs.getObject(5, OffsetDateTime.class),
            rs.getObject(6, OffsetDateTime.class), rs.getString(7), rs.getString(8), List.of()), count)
        .stream().map(r -> new ReviewView(r.id(), r.periodFrom(), r.periodTo(), r.processInstanceId(), r.createdAt(),
            r.completedAt(), r.completedBy(), r.comment(), anomalies(r.id()))).toList();
  }

  /** An open review's process instance for the period, if one was made. */
  @Transactional(readOnly = true)
  Optional<String> openFor(LocalDate from, LocalDate to) {
    return jdbc.queryForList("SELECT r.process_instance_id FROM access_review r WHERE r.period_from = ?"
        + " AND r.period_to = ? AND NOT EXISTS (SELECT 1 FROM access_review_completion c WHERE c.review_id = r.id)",
        String.class, from, to).stream().findFirst();
  }

  private static final String ANOMALIES = "SELECT a.id, a.kind, a.user_id, a.read_day, a.client_id, a.case_id,"
      + " a.case_number, a.read_count, a.first_log_id, r.reviewed_at, r.reviewed_by, r.comment FROM access_anomaly a"
      + " LEFT JOIN access_anomaly_review r ON r.anomaly_id = a.id";

  private static AnomalyView anomaly(ResultSet rs) throws SQLException {
    String kind = rs.getString("kind");
    return new AnomalyView(rs.getLong("id"), kind, ReviewRule.label(kind), rs.getString("user_id"),
        rs.getObject("read_day", LocalDate.class), rs.getObject("client_id", Long.class),
        rs.getObject("case_id", Long.class), rs.getString("case_number"), rs.getInt("read_count"),
        rs.getLong("first_log_id"), rs.getObject("reviewed_at", OffsetDateTime.class), rs.getString("reviewed_by"),
        rs.getString("comment"));
  }
}
