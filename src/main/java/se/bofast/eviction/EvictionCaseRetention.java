package se.bofast.eviction;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import se.bofast.client.ClientService;
import se.bofast.platform.retention.CaseRecords;
import se.bofast.platform.retention.EntryDates;
import se.bofast.platform.web.InvalidInputException;

/**
 * Gallring of eviction cases whose tenants never became clients (no tenant in the client register,
 * no journey named): each is a record of its own, due by its own last entry. The tenants' birth
 * days (from their personnummer) decide the exemption; an open case stays. A case of a client goes
 * with the client instead (EvictionRetentionRecords).
 */
@Component
@Order(20)
class EvictionCaseRetention implements CaseRecords {

  private static final String CASE = " FROM eviction_case WHERE case_number = :caseNumber";
  private static final String OF_CASE = " WHERE case_id IN (SELECT id" + CASE + ")";

  private final NamedParameterJdbcTemplate jdbc;
  private final ClientService clients;

  EvictionCaseRetention(NamedParameterJdbcTemplate jdbc, ClientService clients) {
    this.jdbc = jdbc;
    this.clients = clients;
  }

  @Override
  public String module() {
    return "eviction";
  }

  @Override
  public Set<String> casesWithoutClient() {
    Set<String> cases = new TreeSet<>();
    List<String> candidates = jdbc.getJdbcTemplate().queryForList(
        "SELECT case_number FROM eviction_case WHERE client_journey_case_number IS NULL", String.class);
    for (String caseNumber : candidates) {
      if (tenants(caseNumber).stream().noneMatch(this::isClient)) {
        cases.add(caseNumber);
      }
    }
    return cases;
  }

  /** A number the register would refuse (a bad check digit in old data) is no client's. */
  private boolean isClient(String personnummer) {
    try {
      return clients.findByPersonalNumber(personnummer).isPresent();
    } catch (InvalidInputException notAPersonnummer) {
      return false;
    }
  }

  private List<String> tenants(String caseNumber) {
    return jdbc.queryForList("SELECT personal_number FROM eviction_case_tenant" + OF_CASE, p(caseNumber), String.class);
  }

  @Override
  public Set<Integer> birthDaysOfMonth(String caseNumber) {
    Set<Integer> days = new TreeSet<>();
    for (String pnr : tenants(caseNumber)) {
      int day = Integer.parseInt(pnr.substring(6, 8));
      days.add(day > 60 ? day - 60 : day);   // a samordningsnummer's day is the birth day + 60
    }
    return days;
  }

  @Override
  public Set<String> processInstanceIds(String caseNumber) {
    return Set.copyOf(jdbc.queryForList("SELECT process_instance_id" + CASE + " AND process_instance_id IS NOT NULL",
        p(caseNumber), String.class));
  }

  @Override
  public Optional<LocalDate> lastEntry(String caseNumber) {
    return EntryDates.latest(jdbc, p(caseNumber),
        "SELECT MAX(opened_at)" + CASE, "SELECT MAX(first_signal_on)" + CASE, "SELECT MAX(first_contact_on)" + CASE,
        "SELECT MAX(closed_on)" + CASE, "SELECT MAX(outcome_on)" + CASE, "SELECT MAX(aid_decided_on)" + CASE,
        "SELECT MAX(uv_decided_on)" + CASE, "SELECT MAX(continued_without_contact_on)" + CASE,
        "SELECT MAX(received_at) FROM eviction_signal" + OF_CASE,
        "SELECT MAX(attempt_on) FROM eviction_contact_attempt" + OF_CASE,
        "SELECT MAX(added_at) FROM eviction_case_tenant" + OF_CASE);
  }

  @Override
  public Optional<String> openCase(String caseNumber) {
    Integer open = jdbc.queryForObject("SELECT COUNT(*)" + CASE + " AND status = 'OPEN'", p(caseNumber), Integer.class);
    return open != null && open > 0 ? Optional.of("pågående vräkningsärende") : Optional.empty();
  }

  @Override
  public Map<String, Integer> remove(String caseNumber) {
    MapSqlParameterSource p = p(caseNumber);
    Map<String, Integer> removed = new LinkedHashMap<>();
    removed.put("vräkningssignaler", jdbc.update("DELETE FROM eviction_signal" + OF_CASE, p));
    removed.put("kontaktförsök", jdbc.update("DELETE FROM eviction_contact_attempt" + OF_CASE, p));
    removed.put("hyresgäster", jdbc.update("DELETE FROM eviction_case_tenant" + OF_CASE, p));
    removed.put("vräkningsärenden", jdbc.update("DELETE" + CASE, p));
    return removed;
  }

  private static MapSqlParameterSource p(String caseNumber) {
    return new MapSqlParameterSource("caseNumber", caseNumber);
  }
}
