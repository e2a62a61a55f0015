package se.bofast.followup;

import java.time.LocalDate;
import java.util.HashSet;
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
 * Gallring of a client's follow-ups: ASI/DUR assessments and what was due of them, the SIP target
 * group entry, and the care plans (SIP) with participants, actions and reviews. A care plan that
 * has not ended, or a follow-up still pending, holds the client.
 */
@Component
@Order(40)
class FollowupRetentionRecords implements ClientRecords {

  private static final String PLANS = "SELECT id FROM care_plan WHERE client_id = :clientId";

  private final NamedParameterJdbcTemplate jdbc;

  FollowupRetentionRecords(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String module() {
    return "followup";
  }

  @Override
  public Set<String> processInstanceIds(RecordSubject subject) {
    MapSqlParameterSource p = EntryDates.parameters(subject);
    Set<String> ids = new HashSet<>(jdbc.queryForList("SELECT process_instance_id FROM care_plan"
        + " WHERE client_id = :clientId AND process_instance_id IS NOT NULL", p, String.class));
    ids.addAll(jdbc.queryForList("SELECT process_instance_id FROM followup_due"
        + " WHERE client_id = :clientId AND process_instance_id IS NOT NULL", p, String.class));
    return ids;
  }

  @Override
  public Optional<LocalDate> lastEntry(RecordSubject subject) {
    String plans = " FROM care_plan WHERE client_id = :clientId";
    return EntryDates.latest(jdbc, EntryDates.parameters(subject),
        "SELECT MAX(assessment_date) FROM followup_assessment WHERE client_id = :clientId",
        "SELECT MAX(recorded_at) FROM followup_assessment WHERE client_id = :clientId",
        "SELECT MAX(closed_at) FROM followup_due WHERE client_id = :clientId",
        "SELECT MAX(registered_at) FROM sip_target WHERE client_id = :clientId",
        "SELECT MAX(started_at)" + plans, "SELECT MAX(consent_date)" + plans, "SELECT MAX(declined_on)" + plans,
        "SELECT MAX(meeting_date)" + plans, "SELECT MAX(established_on)" + plans, "SELECT MAX(ended_on)" + plans,
        "SELECT MAX(review_date) FROM care_plan_review WHERE care_plan_id IN (" + PLANS + ")");
  }

  @Override
  public Optional<String> openCase(RecordSubject subject) {
    MapSqlParameterSource p = EntryDates.parameters(subject);
    if (count("SELECT COUNT(*) FROM care_plan WHERE open_client_id = :clientId", p) > 0) {
      return Optional.of("pågående samordnad individuell plan");
    }
    if (count("SELECT COUNT(*) FROM followup_due WHERE client_id = :clientId AND status = 'PENDING'", p) > 0) {
      return Optional.of("planerad uppföljning");
    }
    return Optional.empty();
  }

  private int count(String query, MapSqlParameterSource p) {
    Integer n = jdbc.queryForObject(query, p, Integer.class);
    return n == null ? 0 : n;
  }

  @Override
  public Map<String, Integer> remove(RecordSubject subject) {
    MapSqlParameterSource p = EntryDates.parameters(subject);
    Map<String, Integer> removed = new LinkedHashMap<>();
    removed.put("uppföljningar", jdbc.update("DELETE FROM followup_due WHERE client_id = :clientId", p));
    removed.put("bedömningar (ASI/DUR)", jdbc.update("DELETE FROM followup_assessment WHERE client_id = :clientId", p));
    removed.put("SIP-målgrupp", jdbc.update("DELETE FROM sip_target WHERE client_id = :clientId", p));
    int planRows = jdbc.update("DELETE FROM care_plan_review WHERE care_plan_id IN (" + PLANS + ")", p)
        + jdbc.update("DELETE FROM care_plan_item WHERE care_plan_id IN (" + PLANS + ")", p)
        + jdbc.update("DELETE FROM care_plan_participant WHERE care_plan_id IN (" + PLANS + ")", p);
    removed.put("SIP-deltagare, insatser och uppföljningar", planRows);
    removed.put("samordnade individuella planer", jdbc.update("DELETE FROM care_plan WHERE client_id = :clientId", p));
    return removed;
  }
}
