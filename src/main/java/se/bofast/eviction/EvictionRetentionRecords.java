package se.bofast.eviction;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import se.bofast.client.ClientService;
import se.bofast.platform.retention.ClientRecords;
import se.bofast.platform.retention.EntryDates;
import se.bofast.platform.retention.RecordSubject;

/**
 * Gallring of a client's eviction cases: every case on which the client is a tenant (by
 * personnummer), which names one of the client's journeys, or whose number is already the
 * client's; with their signals, contact attempts and tenants. An open case holds the client. A
 * case's own journal lives in the client register and goes with the client there (by case number).
 * Known limit: a household case with a second tenant who is a client not yet due is removed with
 * the first (the case is one record of the household).
 */
@Component
@Order(20)
class EvictionRetentionRecords implements ClientRecords {

  private static final String CASES = "SELECT id FROM eviction_case WHERE case_number IN (:caseNumbers)"
      + " OR client_journey_case_number IN (:caseNumbers)"
      + " OR id IN (SELECT case_id FROM eviction_case_tenant WHERE personal_number = :personalNumber)";

  private final NamedParameterJdbcTemplate jdbc;
  private final ClientService clients;

  EvictionRetentionRecords(NamedParameterJdbcTemplate jdbc, ClientService clients) {
    this.jdbc = jdbc;
    this.clients = clients;
  }

  @Override
  public String module() {
    return "eviction";
  }

  private MapSqlParameterSource parameters(RecordSubject subject) {
    String personalNumber = clients.get(subject.clientId()).personalNumber();
    // no tenant has an empty personnummer: an unidentified client is found by case numbers only
    return EntryDates.parameters(subject).addValue("personalNumber", personalNumber == null ? "" : personalNumber);
  }

  @Override
  public Set<String> caseNumbers(RecordSubject known) {
    return Set.copyOf(jdbc.queryForList("SELECT case_number FROM eviction_case WHERE id IN (" + CASES + ")",
        parameters(known), String.class));
  }

  @Override
  public Set<String> processInstanceIds(RecordSubject subject) {
    return Set.copyOf(jdbc.queryForList("SELECT process_instance_id FROM eviction_case WHERE id IN (" + CASES + ")"
        + " AND process_instance_id IS NOT NULL", parameters(subject), String.class));
  }

  @Override
  public Optional<LocalDate> lastEntry(RecordSubject subject) {
    String ofCases = " FROM eviction_case WHERE id IN (" + CASES + ")";
    return EntryDates.latest(jdbc, parameters(subject),
        "SELECT MAX(opened_at)" + ofCases, "SELECT MAX(first_signal_on)" + ofCases,
        "SELECT MAX(first_contact_on)" + ofCases, "SELECT MAX(closed_on)" + ofCases,
        "SELECT MAX(outcome_on)" + ofCases, "SELECT MAX(aid_decided_on)" + ofCases,
        "SELECT MAX(uv_decided_on)" + ofCases, "SELECT MAX(continued_without_contact_on)" + ofCases,
        "SELECT MAX(received_at) FROM eviction_signal WHERE case_id IN (" + CASES + ")",
        "SELECT MAX(attempt_on) FROM eviction_contact_attempt WHERE case_id IN (" + CASES + ")",
        "SELECT MAX(added_at) FROM eviction_case_tenant WHERE case_id IN (" + CASES + ")");
  }

  @Override
  public Optional<String> openCase(RecordSubject subject) {
    Integer open = jdbc.queryForObject("SELECT COUNT(*) FROM eviction_case WHERE status = 'OPEN' AND id IN ("
        + CASES + ")", parameters(subject), Integer.class);
    return open != null && open > 0 ? Optional.of("pågående vräkningsärende") : Optional.empty();
  }

  @Override
  public Map<String, Integer> remove(RecordSubject subject) {
    MapSqlParameterSource p = parameters(subject);
    Set<Long> cases = Set.copyOf(jdbc.queryForList(CASES, p, Long.class));
    Map<String, Integer> removed = new LinkedHashMap<>();
    if (cases.isEmpty()) {
      return removed;
    }
    MapSqlParameterSource ids = new MapSqlParameterSource("ids", cases);
    removed.put("vräkningssignaler", jdbc.update("DELETE FROM eviction_signal WHERE case_id IN (:ids)", ids));
    removed.put("kontaktförsök", jdbc.update("DELETE FROM eviction_contact_attempt WHERE case_id IN (:ids)", ids));
    removed.put("hyresgäster", jdbc.update("DELETE FROM eviction_case_tenant WHERE case_id IN (:ids)", ids));
    removed.put("vräkningsärenden", jdbc.update("DELETE FROM eviction_case WHERE id IN (:ids)", ids));
    return removed;
  }
}
