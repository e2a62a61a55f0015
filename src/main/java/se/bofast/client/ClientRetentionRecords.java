package se.bofast.client;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import se.bofast.platform.retention.CaseRecords;
import se.bofast.platform.retention.ClientRecords;
import se.bofast.platform.retention.EntryDates;
import se.bofast.platform.retention.RecordSubject;

/**
 * Gallring in the client register: the client row, its facts, its team history and its journal
 * (entries filed under the client or under one of the client's case numbers, such as an eviction
 * case's journal). Removed last ({@code Ordered.LOWEST_PRECEDENCE}): the other modules' rows
 * point at the client. On PostgreSQL the journal's guard lets these DELETEs through only inside an
 * approved retention run (see retention.RetentionGuardMigration). The client's birth day is read
 * here, and only the day of the month leaves the module. For a case without a client (an eviction
 * case of tenants who never became clients) only its journal is here.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class ClientRetentionRecords implements ClientRecords, CaseRecords {

  private static final String JOURNAL_OF_SUBJECT =
      "(client_id = :clientId OR (client_id IS NULL AND case_number IN (:caseNumbers)))";

  private final NamedParameterJdbcTemplate jdbc;

  ClientRetentionRecords(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String module() {
    return "client";
  }

  @Override
  public Set<Long> clientIds() {
    return Set.copyOf(jdbc.getJdbcTemplate().queryForList("SELECT id FROM client", Long.class));
  }

  @Override
  public OptionalInt birthDayOfMonth(long clientId) {
    var rows = jdbc.getJdbcTemplate().queryForList(
        "SELECT personal_number, coordination_number FROM client WHERE id = ?", clientId);
    if (rows.isEmpty() || rows.get(0).get("personal_number") == null) {
      return OptionalInt.empty();
    }
    String number = (String) rows.get(0).get("personal_number");
    int day = Integer.parseInt(number.substring(6, 8));
    return OptionalInt.of(Boolean.TRUE.equals(rows.get(0).get("coordination_number")) ? day - 60 : day);
  }

  @Override
  public Optional<LocalDate> lastEntry(RecordSubject subject) {
    return EntryDates.latest(jdbc, EntryDates.parameters(subject),
        "SELECT MAX(created_at) FROM client WHERE id = :clientId",
        "SELECT MAX(identified_at) FROM client WHERE id = :clientId",
        "SELECT MAX(fact_date) FROM client_fact WHERE client_id = :clientId",
        "SELECT MAX(recorded_at) FROM client_fact WHERE client_id = :clientId",
        "SELECT MAX(held_from) FROM client_team_member WHERE client_id = :clientId",
        "SELECT MAX(held_until) FROM client_team_member WHERE client_id = :clientId",
        "SELECT MAX(event_date) FROM client_journal_entry WHERE " + JOURNAL_OF_SUBJECT,
        "SELECT MAX(written_at) FROM client_journal_entry WHERE " + JOURNAL_OF_SUBJECT,
        "SELECT MAX(signed_at) FROM client_journal_entry WHERE " + JOURNAL_OF_SUBJECT);
  }

  @Override
  public Optional<String> openCase(RecordSubject subject) {
    return Optional.empty();
  }

  @Override
  public Map<String, Integer> remove(RecordSubject subject) {
    MapSqlParameterSource p = EntryDates.parameters(subject);
    Map<String, Integer> removed = new LinkedHashMap<>();
    removed.put("journalanteckningar", removeJournal(p));
    removed.put("fakta om behandling", jdbc.update("DELETE FROM client_fact WHERE client_id = :clientId", p));
    removed.put("teamhistorik", jdbc.update("DELETE FROM client_team_member WHERE client_id = :clientId", p));
    removed.put("skyddade personuppgifter", jdbc.update("DELETE FROM client_protection WHERE client_id = :clientId", p));
    removed.put("klient", jdbc.update("DELETE FROM client WHERE id = :clientId", p));
    return removed;
  }

  @Override
  public Optional<LocalDate> lastEntry(String caseNumber) {
    MapSqlParameterSource p = caseJournal(caseNumber);
    return EntryDates.latest(jdbc, p, "SELECT MAX(event_date) FROM client_journal_entry WHERE " + JOURNAL_OF_SUBJECT,
        "SELECT MAX(written_at) FROM client_journal_entry WHERE " + JOURNAL_OF_SUBJECT,
        "SELECT MAX(signed_at) FROM client_journal_entry WHERE " + JOURNAL_OF_SUBJECT);
  }

  @Override
  public Map<String, Integer> remove(String caseNumber) {
    return Map.of("journalanteckningar", removeJournal(caseJournal(caseNumber)));
  }

  /** The journal of a case alone: no client id matches -1. */
  private static MapSqlParameterSource caseJournal(String caseNumber) {
    return EntryDates.parameters(new RecordSubject(-1, java.util.Set.of(caseNumber)));
  }

  /** Corrections point at the entry they correct: the entries nothing points at go first, round by round. */
  private int removeJournal(MapSqlParameterSource p) {
    int total = 0;
    int round;
    do {
      round = jdbc.update("DELETE FROM client_journal_entry WHERE " + JOURNAL_OF_SUBJECT
          + " AND id NOT IN (SELECT corrects_id FROM client_journal_entry WHERE corrects_id IS NOT NULL)", p);
      total += round;
    } while (round > 0);
    return total;
  }
}
