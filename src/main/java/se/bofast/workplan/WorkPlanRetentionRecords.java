package se.bofast.workplan;

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
 * Gallring of a client's work plan with every version, goal and action. A plan whose latest
 * version has not ended it holds the client.
 */
@Component
@Order(10)
class WorkPlanRetentionRecords implements ClientRecords {

  private static final String VERSIONS = "SELECT v.id FROM work_plan_version v JOIN work_plan w"
      + " ON w.id = v.work_plan_id WHERE w.client_id = :clientId";

  private final NamedParameterJdbcTemplate jdbc;

  WorkPlanRetentionRecords(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String module() {
    return "workplan";
  }

  @Override
  public Set<String> processInstanceIds(RecordSubject subject) {
    return Set.copyOf(jdbc.queryForList("SELECT process_instance_id FROM work_plan WHERE client_id = :clientId"
        + " AND process_instance_id IS NOT NULL", EntryDates.parameters(subject), String.class));
  }

  @Override
  public Optional<LocalDate> lastEntry(RecordSubject subject) {
    return EntryDates.latest(jdbc, EntryDates.parameters(subject),
        "SELECT MAX(created_at) FROM work_plan WHERE client_id = :clientId",
        "SELECT MAX(changed_at) FROM work_plan_version WHERE id IN (" + VERSIONS + ")",
        "SELECT MAX(followed_up_on) FROM work_plan_version WHERE id IN (" + VERSIONS + ")");
  }

  @Override
  public Optional<String> openCase(RecordSubject subject) {
    Integer open = jdbc.queryForObject("SELECT COUNT(*) FROM work_plan w JOIN work_plan_version v"
        + " ON v.work_plan_id = w.id AND v.version = w.current_version"
        + " WHERE w.client_id = :clientId AND v.event <> 'ENDED'", EntryDates.parameters(subject), Integer.class);
    return open != null && open > 0 ? Optional.of("gällande arbetsplan") : Optional.empty();
  }

  @Override
  public Map<String, Integer> remove(RecordSubject subject) {
    MapSqlParameterSource p = EntryDates.parameters(subject);
    Map<String, Integer> removed = new LinkedHashMap<>();
    int areas = jdbc.update("DELETE FROM work_plan_action WHERE version_id IN (" + VERSIONS + ")", p)
        + jdbc.update("DELETE FROM work_plan_goal WHERE version_id IN (" + VERSIONS + ")", p);
    removed.put("mål och åtgärder", areas);
    removed.put("arbetsplansversioner", jdbc.update("DELETE FROM work_plan_version WHERE work_plan_id IN"
        + " (SELECT id FROM work_plan WHERE client_id = :clientId)", p));
    removed.put("arbetsplaner", jdbc.update("DELETE FROM work_plan WHERE client_id = :clientId", p));
    return removed;
  }
}
