package se.bofast.housing;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import se.bofast.platform.retention.ClientRecords;
import se.bofast.platform.retention.EntryDates;
import se.bofast.platform.retention.RecordSubject;

/**
 * Gallring in the housing chain: the client's journeys with their placements, outreach contacts,
 * reviews, relapses and queue places. The apartment stock stays; an apartment that still names
 * the client (it should not, a held client has an open journey) loses the link. An open journey
 * holds the client.
 */
@Component
@Order(30)
class HousingRetentionRecords implements ClientRecords {

  private static final String JOURNEYS = "SELECT id FROM journey WHERE client_id = :clientId";

  private final NamedParameterJdbcTemplate jdbc;

  HousingRetentionRecords(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String module() {
    return "housing";
  }

  @Override
  public Set<String> caseNumbers(RecordSubject known) {
    return Set.copyOf(jdbc.getJdbcTemplate().queryForList(
        "SELECT case_number FROM journey WHERE client_id = ?", String.class, known.clientId()));
  }

  @Override
  public Set<String> processInstanceIds(RecordSubject subject) {
    return Set.copyOf(jdbc.queryForList("SELECT process_instance_id FROM journey WHERE client_id = :clientId"
        + " AND process_instance_id IS NOT NULL", EntryDates.parameters(subject), String.class));
  }

  @Override
  public Optional<LocalDate> lastEntry(RecordSubject subject) {
    return EntryDates.latest(jdbc, EntryDates.parameters(subject),
        "SELECT MAX(started_at) FROM journey WHERE client_id = :clientId",
        "SELECT MAX(closed_on) FROM journey WHERE client_id = :clientId",
        "SELECT MAX(start_date) FROM placement WHERE client_id = :clientId",
        "SELECT MAX(end_date) FROM placement WHERE client_id = :clientId",
        "SELECT MAX(contact_date) FROM outreach_contact WHERE client_id = :clientId",
        "SELECT MAX(review_date) FROM placement_review WHERE journey_id IN (" + JOURNEYS + ")",
        "SELECT MAX(relapse_date) FROM relapse WHERE journey_id IN (" + JOURNEYS + ")",
        "SELECT MAX(agreed_on) FROM relapse WHERE journey_id IN (" + JOURNEYS + ")");
  }

  @Override
  public Optional<String> openCase(RecordSubject subject) {
    Integer open = jdbc.queryForObject("SELECT COUNT(*) FROM journey WHERE client_id = :clientId AND status = 'OPEN'",
        EntryDates.parameters(subject), Integer.class);
    return open != null && open > 0 ? Optional.of("pågående vårdkedja") : Optional.empty();
  }

  @Override
  public Map<String, Integer> remove(RecordSubject subject) {
    MapSqlParameterSource p = EntryDates.parameters(subject);
    Map<String, Integer> removed = new LinkedHashMap<>();
    removed.put("lägenhetskopplingar", jdbc.update("UPDATE apartment SET current_client_id = NULL"
        + " WHERE current_client_id = :clientId", p)
        + jdbc.update("UPDATE apartment SET reserved_journey_id = NULL WHERE reserved_journey_id IN (" + JOURNEYS + ")", p));
    removed.put("återfall", jdbc.update("DELETE FROM relapse WHERE journey_id IN (" + JOURNEYS + ")", p));
    removed.put("placeringsbedömningar", jdbc.update("DELETE FROM placement_review WHERE journey_id IN (" + JOURNEYS + ")", p));
    removed.put("uppsökande kontakter", jdbc.update("DELETE FROM outreach_contact WHERE journey_id IN (" + JOURNEYS + ")"
        + " OR client_id = :clientId", p));
    removed.put("köplatser", jdbc.update("DELETE FROM apartment_queue WHERE journey_id IN (" + JOURNEYS + ")", p));
    jdbc.update("UPDATE placement SET previous_placement_id = NULL WHERE journey_id IN (" + JOURNEYS + ")", p);
    removed.put("placeringar", jdbc.update("DELETE FROM placement WHERE journey_id IN (" + JOURNEYS + ")"
        + " OR client_id = :clientId", p));
    removed.put("vårdkedjeärenden", jdbc.update("DELETE FROM journey WHERE client_id = :clientId", p));
    return removed;
  }
}
