package se.bofast.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import se.bofast.client.ClientService;
import se.bofast.client.Needs;
import se.bofast.support.PostgresAppTest;

/** V6__followup on PostgreSQL: the tables, and the rules the database itself keeps. */
@PostgresAppTest
class PostgresFollowupTest {

  @Autowired FollowupService followups;
  @Autowired ClientService clients;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void clock() {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 5, 4, 9, 0).atZone(ZoneId.of("Europe/Stockholm"))
        .toInstant()));
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
  }

  @Test
  void theMigrationCreatesTheModulesTables() {
    assertThat(jdbc.queryForObject("SELECT count(*) FROM flyway_schema_history WHERE version = '6' AND success",
        Integer.class)).isOne();
    assertThat(jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
        + " AND (table_name LIKE 'followup%' OR table_name LIKE 'care_plan%' OR table_name = 'sip_target')",
        String.class)).containsExactlyInAnyOrder("followup_assessment", "followup_due", "sip_target", "care_plan",
        "care_plan_participant", "care_plan_item", "care_plan_review");
  }

  @Test
  void anAssessmentAndItsFollowupAreStoredAndTheDatabaseKeepsOnePendingPerKind() {
    long clientId = clients.registerUnidentified("Postgres-Pelle", Needs.ADDICTION, "kim").id();
    followups.recordAssessment(clientId, AssessmentKind.ASI_GRUND, LocalDate.of(2026, 5, 1), "kim", "Grund", null);
    assertThat(jdbc.queryForObject("SELECT due_date FROM followup_due WHERE client_id = ?", LocalDate.class, clientId))
        .isEqualTo(LocalDate.of(2026, 11, 1));
    assertThatThrownBy(() -> jdbc.update("INSERT INTO followup_due (client_id, kind, due_date, cause, status,"
        + " pending_key, created_at) VALUES (?, 'ASI_UPPFOLJNING', DATE '2026-12-01', 'PLACEMENT_ENDED', 'PENDING',"
        + " ?, now())", clientId, clientId + ":ASI_UPPFOLJNING")).isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(() -> jdbc.update("INSERT INTO followup_assessment (client_id, kind, assessment_date, done_by,"
        + " recorded_at) VALUES (?, 'ASI', DATE '2026-05-01', 'kim', now())", clientId))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void theDatabaseAllowsOneSipInProgressPerClientAndAFollowUpOnlyAfterTheMeeting() {
    long clientId = clients.registerUnidentified("Postgres-Pia", Needs.BOTH, "kim").id();
    assertThat(followups.requestCarePlan(clientId, "kim")).isPresent();
    assertThatThrownBy(() -> jdbc.update("INSERT INTO care_plan (client_id, status, started_at, started_by,"
        + " open_client_id) VALUES (?, 'AWAITING_CONSENT', now(), 'kim', ?)", clientId, clientId))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(() -> jdbc.update("UPDATE care_plan SET meeting_date = DATE '2026-05-01',"
        + " next_follow_up = DATE '2026-05-01' WHERE client_id = ?", clientId))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThat(followups.clientsNeedingSip()).contains(clientId);
  }
}
