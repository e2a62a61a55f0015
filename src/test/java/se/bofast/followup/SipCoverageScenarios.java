package se.bofast.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import se.bofast.followup.SipCoverageFacts.SipCoverage;

/**
 * The follow-up module's read model for other modules ({@link SipCoverageFacts}) on whichever
 * database the subclass runs the application: the SIP target group and how many of it lack a
 * current SIP, by {@link FollowupService}'s definition. Rows are written straight into the
 * module's tables for client ids no other test uses.
 */
abstract class SipCoverageScenarios {

  @Autowired SipCoverageFacts facts;
  @Autowired FollowupService followups;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theTargetGroupAndThoseWithoutACurrentSip() {
    SipCoverage before = facts.today();
    assertThat(before.withoutCurrentSip()).isEqualTo(followups.clientsNeedingSip().size());
    long covered = uniqueClientId();
    long withoutPlan = uniqueClientId();
    long overdue = uniqueClientId();
    target(covered);
    target(withoutPlan);
    target(overdue);
    establishedPlan(covered, LocalDate.of(2099, 1, 1));
    establishedPlan(overdue, LocalDate.of(2001, 1, 1)); // follow-up long overdue: not current

    assertThat(facts.today()).isEqualTo(
        new SipCoverage(before.targetClients() + 3, before.withoutCurrentSip() + 2));
    assertThat(followups.clientsNeedingSip()).contains(withoutPlan, overdue).doesNotContain(covered);
  }

  private void target(long clientId) {
    jdbc.update("INSERT INTO sip_target (client_id, case_number, registered_at) VALUES (?, ?, ?)", clientId,
        "VK-RM-" + clientId, Timestamp.from(Instant.now()));
  }

  private void establishedPlan(long clientId, LocalDate nextFollowUp) {
    Map<String, Object> row = new HashMap<>();
    row.put("client_id", clientId);
    row.put("status", "ESTABLISHED");
    row.put("started_at", Timestamp.from(Instant.now()));
    row.put("started_by", "kim");
    row.put("consent_date", LocalDate.of(2000, 1, 1));
    row.put("meeting_date", LocalDate.of(2000, 2, 1));
    row.put("established_on", LocalDate.of(2000, 2, 1));
    row.put("coordinator", "SOCIAL_SERVICES");
    row.put("next_follow_up", nextFollowUp);
    row.put("open_client_id", clientId);
    new SimpleJdbcInsert(jdbc).withTableName("care_plan").usingColumns(row.keySet().toArray(String[]::new))
        .usingGeneratedKeyColumns("id").execute(row);
  }

  private static long uniqueClientId() {
    return 800_000_000L + ThreadLocalRandom.current().nextLong(100_000_000L);
  }
}
