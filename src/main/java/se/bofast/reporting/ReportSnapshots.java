package se.bofast.reporting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import se.bofast.platform.web.InvalidInputException;
import se.bofast.reporting.KpiFigures.Period;

/**
 * The report snapshots: written once and never changed. There is deliberately no update or
 * delete here; an approval is a row of its own (report_approval), so approving leaves the
 * figures as they were computed.
 */
@Repository
public class ReportSnapshots {

  public record Snapshot(long id, String kind, LocalDate from, LocalDate to, String figuresJson,
      OffsetDateTime computedAt, String processInstanceId) {
  }

  public record Approval(long snapshotId, String approvedBy, OffsetDateTime approvedAt, String comment) {
  }

  private final JdbcTemplate jdbc;
  private final ObjectMapper json;
  private final Clock clock;

  ReportSnapshots(JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
  }

  /** Stores the figures of the kind and period, or answers the snapshot already stored for them. */
  public Snapshot store(String kind, Period period, KpiFigures figures, String processInstanceId) {
    Optional<Snapshot> existing = find(kind, period);
    if (existing.isPresent()) {
      return existing.get();
    }
    String figuresJson;
    try {
      figuresJson = json.writeValueAsString(figures);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(con -> {
      PreparedStatement ps = con.prepareStatement("INSERT INTO report_snapshot (kind, period_from, period_to,"
          + " figures_json, computed_at, process_instance_id) VALUES (?, ?, ?, ?, ?, ?)", new String[] {"id"});
      ps.setString(1, kind);
      ps.setObject(2, period.from());
      ps.setObject(3, period.to());
      ps.setString(4, figuresJson);
      ps.setObject(5, now);
      ps.setString(6, processInstanceId);
      return ps;
    }, key);
    return get(key.getKey().longValue());
  }

  public Snapshot get(long id) {
    return jdbc.queryForObject(SELECT + " WHERE id = ?", (rs, i) -> snapshot(rs), id);
  }

  public Optional<Snapshot> find(String kind, Period period) {
    return jdbc.query(SELECT + " WHERE kind = ? AND period_from = ? AND period_to = ?", (rs, i) -> snapshot(rs),
        kind, period.from(), period.to()).stream().findFirst();
  }

  public KpiFigures figures(Snapshot snapshot) {
    try {
      return json.readValue(snapshot.figuresJson(), KpiFigures.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The enhetschef's approval; a snapshot is approved once. */
  public void approve(long snapshotId, String by, String comment) {
    Optional<Approval> earlier = approval(snapshotId);
    if (earlier.isPresent()) {
      throw new InvalidInputException(ReportingConstants.FIELD_APPROVED,
          "Rapporten är redan godkänd av " + earlier.get().approvedBy() + ".");
    }
    jdbc.update("INSERT INTO report_approval (snapshot_id, approved_by, approved_at, comment) VALUES (?, ?, ?, ?)",
        snapshotId, by, OffsetDateTime.now(clock), comment);
  }

  public Optional<Approval> approval(long snapshotId) {
    List<Approval> found = jdbc.query("SELECT snapshot_id, approved_by, approved_at, comment FROM report_approval"
            + " WHERE snapshot_id = ?",
        (rs, i) -> new Approval(rs.getLong(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class),
            rs.getString(4)), snapshotId);
    return found.stream().findFirst();
  }

  private static final String SELECT = "SELECT id, kind, period_from, period_to, figures_json, computed_at,"
      + " process_instance_id FROM report_snapshot";

  private static Snapshot snapshot(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Snapshot(rs.getLong("id"), rs.getString("kind"), rs.getObject("period_from", LocalDate.class),
        rs.getObject("period_to", LocalDate.class), rs.getString("figures_json"),
        rs.getObject("computed_at", OffsetDateTime.class), rs.getString("process_instance_id"));
  }
}
