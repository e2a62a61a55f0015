package se.bofast.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The retention module's tables: runs, their candidates with case numbers, and the removal log.
 * A candidate is DUE or OPEN_CASE when found; the approval makes each DUE one APPROVED or HELD
 * (with the enhetschef's reason) and the run APPROVED; the removal makes each APPROVED one REMOVED
 * and the run DONE.
 */
@Component
class RetentionRuns {

  enum Status { DUE, OPEN_CASE, HELD, APPROVED, REMOVED }

  /** @param clientId null for a case that belongs to no client (its one case number is the subject) */
  record Candidate(long id, int position, Long clientId, LocalDate lastEntryOn, Status status, String reason,
      List<String> caseNumbers) {
  }

  /** A client (or a case without a client: clientId null) found by the search, before it is stored. */
  record Found(Long clientId, Set<String> caseNumbers, LocalDate lastEntryOn, Status status, String reason) {
  }

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;
  private final Clock clock;

  RetentionRuns(JdbcTemplate jdbc, NamedParameterJdbcTemplate named, Clock clock) {
    this.jdbc = jdbc;
    this.named = named;
    this.clock = clock;
  }

  long create(String processInstanceId, LocalDate runOn, LocalDate lastDueEntry, List<Found> found) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    named.update("INSERT INTO retention_run (process_instance_id, run_on, last_entry_on_or_before, status, created_at)"
        + " VALUES (:pid, :runOn, :bound, 'PROPOSED', :now)", new MapSqlParameterSource("pid", processInstanceId)
        .addValue("runOn", runOn).addValue("bound", lastDueEntry).addValue("now", now()), key, new String[] {"id"});
    long runId = key.getKey().longValue();
    int position = 0;
    for (Found f : found) {
      GeneratedKeyHolder candidate = new GeneratedKeyHolder();
      named.update("INSERT INTO retention_candidate (run_id, position, client_id, last_entry_on, status, reason)"
          + " VALUES (:run, :position, :client, :last, :status, :reason)", new MapSqlParameterSource("run", runId)
          .addValue("position", ++position).addValue("client", f.clientId()).addValue("last", f.lastEntryOn())
          .addValue("status", f.status().name()).addValue("reason", f.reason()), candidate, new String[] {"id"});
      for (String caseNumber : f.caseNumbers()) {
        jdbc.update("INSERT INTO retention_case (candidate_id, case_number) VALUES (?, ?)",
            candidate.getKey().longValue(), caseNumber);
      }
    }
    return runId;
  }

  List<Candidate> candidates(long runId) {
    Map<Long, List<String>> cases = new java.util.HashMap<>();
    jdbc.query("SELECT rc.candidate_id, rc.case_number FROM retention_case rc JOIN retention_candidate c"
        + " ON c.id = rc.candidate_id WHERE c.run_id = ? ORDER BY rc.case_number", rs -> {
          cases.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(rs.getString(2));
        }, runId);
    return jdbc.query("SELECT id, position, client_id, last_entry_on, status, reason FROM retention_candidate"
        + " WHERE run_id = ? ORDER BY position", (rs, i) -> new Candidate(rs.getLong(1), rs.getInt(2),
            rs.getObject(3) == null ? null : rs.getLong(3),
            rs.getObject(4, LocalDate.class), Status.valueOf(rs.getString(5)), rs.getString(6),
            cases.getOrDefault(rs.getLong(1), List.of())), runId);
  }

  /** The enhetschef's decision: the held ones with their reasons, every other DUE one approved. */
  void approve(long runId, Map<Integer, String> heldReasons, String userId) {
    OffsetDateTime now = now();
    heldReasons.forEach((position, reason) -> jdbc.update("UPDATE retention_candidate SET status = 'HELD',"
        + " reason = ?, decided_by = ?, decided_at = ? WHERE run_id = ? AND position = ? AND status = 'DUE'",
        reason, userId, now, runId, position));
    jdbc.update("UPDATE retention_candidate SET status = 'APPROVED', decided_by = ?, decided_at = ?"
        + " WHERE run_id = ? AND status = 'DUE'", userId, now, runId);
    jdbc.update("UPDATE retention_run SET status = 'APPROVED', approved_by = ?, approved_at = ? WHERE id = ?"
        + " AND status = 'PROPOSED'", userId, now, runId);
  }

  String approvedBy(long runId) {
    return jdbc.queryForObject("SELECT approved_by FROM retention_run WHERE id = ? AND status = 'APPROVED'",
        String.class, runId);
  }

  /**
   * Opens the database's guard for this transaction (PostgreSQL: the journal's DELETE trigger checks
   * the setting against the approved run, see RetentionGuardMigration); H2 has no guard.
   */
  LocalDate bound(long runId) {
    return jdbc.queryForObject("SELECT last_entry_on_or_before FROM retention_run WHERE id = ?", LocalDate.class,
        runId);
  }

  /** An approved client kept after all: something changed since the list. */
  void holdAtRemoval(long candidateId, String reason) {
    jdbc.update("UPDATE retention_candidate SET status = 'HELD', reason = ? WHERE id = ? AND status = 'APPROVED'",
        reason, candidateId);
  }

  void openGuard(long runId) {
    boolean postgres = Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) c ->
        "PostgreSQL".equals(c.getMetaData().getDatabaseProductName())));
    if (postgres) {
      jdbc.queryForObject("SELECT set_config(?, ?, true)", String.class, RetentionGuardMigration.SETTING,
          Long.toString(runId));
    }
  }

  /** The removal log: per module and kind how many rows went (never what they held); the candidate REMOVED. */
  void logRemoval(long candidateId, Map<String, Map<String, Integer>> removed, String approvedBy) {
    OffsetDateTime now = now();
    removed.forEach((module, counts) -> counts.forEach((kind, count) -> jdbc.update("INSERT INTO retention_removal"
        + " (candidate_id, module, kind, removed_count, approved_by, removed_at) VALUES (?, ?, ?, ?, ?, ?)",
        candidateId, module, kind, count, approvedBy, now)));
    jdbc.update("UPDATE retention_candidate SET status = 'REMOVED' WHERE id = ? AND status = 'APPROVED'", candidateId);
  }

  void done(long runId) {
    jdbc.update("UPDATE retention_run SET status = 'DONE', done_at = ? WHERE id = ?", now(), runId);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
