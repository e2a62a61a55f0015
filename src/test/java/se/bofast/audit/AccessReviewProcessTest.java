package se.bofast.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.bofast.platform.web.InvalidInputException;
import se.bofast.support.AppTest;
import se.bofast.support.Staff;
import se.bofast.support.TestHttp;
import se.bofast.support.TestHttp.Response;

/**
 * access-log-review on a fixed month of reads with planted anomalies (March 2024, Långfredagen
 * the 29th, 1 April Annandag påsk): the task lists exactly those, the enhetschef marks each with a
 * comment, and only then completes the review, which is kept.
 */
@AppTest
class AccessReviewProcessTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired JdbcTemplate jdbc;

  Staff staff;
  TestHttp http;
  long onTeam;
  long withTask;
  String smoke;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    staff = new Staff(engine);
    http = new TestHttp(port);
  }

  /** The month's reads, planted once by the test that reviews March 2024. */
  void plantedMonth() {
    onTeam = client();
    withTask = client();
    jdbc.update("INSERT INTO client_team_member (client_id, team_role, user_id, held_from, assigned_by,"
        + " current_client_id) VALUES (?, 'CASE_MANAGER', 'kim', ?, 'eva', ?)", onTeam,
        at(LocalDateTime.of(2024, 1, 1, 8, 0)), onTeam);
    // a boendelots task about withTask: lotta's role works the client
    smoke = runtime.startProcessInstanceByKey("platform-smoke", "GRANSKNING-" + System.nanoTime(),
        Variables.createVariables().putValue("caseNumber", "VK-2024-99301").putValue("clientDisplayName", "Test T.")
            .putValue("clientId", withTask).putValue("done", false)).getId();

    read("kim", onTeam, LocalDateTime.of(2024, 3, 11, 10, 0));
    read("lotta", onTeam, LocalDateTime.of(2024, 3, 11, 11, 0));        // outside team and roles
    read("lotta", withTask, LocalDateTime.of(2024, 3, 12, 10, 0));      // her role works the client
    read("sara", withTask, LocalDateTime.of(2024, 3, 12, 10, 30));      // outside team and roles
    read("sara", withTask, LocalDateTime.of(2024, 3, 12, 14, 0));       // ... the same finding
    read("kim", onTeam, LocalDateTime.of(2024, 3, 13, 22, 30));         // evening
    read("eva", onTeam, LocalDateTime.of(2024, 3, 14, 10, 0));          // the enhetschef reads every client
    for (int i = 1; i <= 21; i++) {                                     // 21 cases in a day
      insert("bosse", "READ", null, 9_300_000L + i, LocalDateTime.of(2024, 3, 14, 9, i));
    }
    read("kim", onTeam, LocalDateTime.of(2024, 3, 16, 12, 0));          // Saturday
    read("kim", onTeam, LocalDateTime.of(2024, 3, 18, 6, 59));          // before 07:00
    read("kim", onTeam, LocalDateTime.of(2024, 3, 18, 7, 0));
    read("kim", onTeam, LocalDateTime.of(2024, 3, 18, 17, 59));
    read("kim", onTeam, LocalDateTime.of(2024, 3, 18, 18, 0));          // at 18:00
    insert("lotta", "CHANGE", onTeam, null, LocalDateTime.of(2024, 3, 20, 10, 0)); // a change, not a read
    read("kim", onTeam, LocalDateTime.of(2024, 3, 29, 10, 0));          // Långfredagen
    read("lotta", onTeam, LocalDateTime.of(2024, 2, 29, 23, 0));        // not in the month
    read("lotta", onTeam, LocalDateTime.of(2024, 4, 1, 0, 30));         // not in the month
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    if (smoke != null) {
      runtime.deleteProcessInstance(smoke, "review test over");
    }
  }

  @Test
  void onTheFirstWorkingDayTheTaskListsExactlyThePlantedAnomaliesAndEachIsMarkedBeforeTheReviewCloses() {
    plantedMonth();
    ProcessInstance pi = fireMonthlyTimer(LocalDateTime.of(2024, 4, 1, 0, 5));
    assertThat(pi).isWaitingAt("Event_FirstWorkingDay");
    assertThat(Staff.date(LocalDateTime.of(2024, 4, 2, 6, 0))).as("Annandag påsk is no working day")
        .isEqualTo(staff.timer(pi).getDuedate());
    staff.moveClockTo(LocalDateTime.of(2024, 4, 2, 6, 1), pi.getId());
    staff.runDueJobs(pi);
    assertThat(pi).isWaitingAt(AuditConstants.TASK_REVIEW);

    Map<String, Object> vars = runtime.getVariables(pi.getId());
    assertThat(vars).containsEntry("periodFrom", "2024-03-01").containsEntry("periodTo", "2024-03-31")
        .containsEntry("reviewTitle", "Granskning av åtkomstloggen 2024-03").containsEntry("anomalyCount", 7);
    long reviewId = ((Number) vars.get("reviewId")).longValue();
    List<Map<String, Object>> anomalies = jdbc.queryForList("SELECT id, kind, user_id, read_day, client_id,"
        + " read_count FROM access_anomaly WHERE review_id = ? ORDER BY read_day, kind, user_id", reviewId);
    assertThat(anomalies).extracting(a -> a.get("read_day").toString() + " " + a.get("kind") + " " + a.get("user_id")
        + " " + a.get("client_id") + " " + a.get("read_count")).containsExactly(
            "2024-03-11 OUTSIDE_TEAM_AND_ROLES lotta " + onTeam + " 1",
            "2024-03-12 OUTSIDE_TEAM_AND_ROLES sara " + withTask + " 2",
            "2024-03-13 OUTSIDE_WORKING_HOURS kim null 1",
            "2024-03-14 UNUSUAL_VOLUME bosse null 21",
            "2024-03-16 OUTSIDE_WORKING_HOURS kim null 1",
            "2024-03-18 OUTSIDE_WORKING_HOURS kim null 2",
            "2024-03-29 OUTSIDE_WORKING_HOURS kim null 1");
    String summary = (String) vars.get("anomalySummary");
    assertThat(summary.lines()).hasSize(7);
    assertThat(summary).contains("2024-03-11, lotta: Läsning av klient utanför eget team och egna roller, klient-id "
        + onTeam + " (1 läsning)").contains("2024-03-14, bosse: Ovanligt många klienter och ärenden på en dag (21 läsningar)");

    Task task = staff.task(pi.getId(), AuditConstants.TASK_REVIEW, "enhetschef");
    assertThat(task.getName()).isEqualTo("Granska åtkomstloggen");
    assertThat(Staff.localDate(task.getDueDate())).as("review-due P10D").isEqualTo(LocalDate.of(2024, 4, 12));
    assertThatThrownBy(() -> staff.complete(task, "enhetschef", Map.of("allReviewed", true)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("7 avvikelser är inte markerade");

    List<Long> ids = anomalies.stream().map(a -> ((Number) a.get("id")).longValue()).toList();
    String first = "/api/access-log/anomalies/" + ids.get(0) + "/review";
    assertThat(http.postJson(first, "kim", "demo", "{\"comment\":\"Ok\"}").status()).isEqualTo(403);
    assertThat(http.postJson(first, "eva", "demo", "{\"comment\":\"  \"}").status()).isEqualTo(400);
    for (Long id : ids) {
      Response marked = http.postJson("/api/access-log/anomalies/" + id + "/review", "eva", "demo",
          "{\"comment\":\"Kontrollerat med medarbetaren: arbetsrelaterat.\"}");
      assertThat(marked.status()).as(marked.body()).isEqualTo(200);
      assertThat(marked.json().get("reviewedBy").asText()).isEqualTo("eva");
    }
    assertThat(http.postJson(first, "eva", "demo", "{\"comment\":\"Igen\"}").status()).isEqualTo(409);
    Response listed = http.get("/api/access-log/reviews", "eva", "demo");
    assertThat(listed.status()).isEqualTo(200);

    assertThatThrownBy(() -> staff.complete(task, "enhetschef", Map.of("allReviewed", false)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("Kryssa i");
    staff.complete(task, "enhetschef", Map.of("allReviewed", true, "closingComment", "Inget att åtgärda."));
    assertThat(pi).isEnded().hasPassed("EndEvent_Reviewed");
    assertThat(jdbc.queryForMap("SELECT completed_by, comment FROM access_review_completion WHERE review_id = ?",
        reviewId)).containsEntry("completed_by", "eva").containsEntry("comment", "Inget att åtgärda.");
    assertThat(jdbc.queryForObject("SELECT count(*) FROM access_anomaly_review r JOIN access_anomaly a"
        + " ON a.id = r.anomaly_id WHERE a.review_id = ?", Integer.class, reviewId)).isEqualTo(7);
    assertThat(http.postJson(first, "eva", "demo", "{\"comment\":\"Efteråt\"}").status()).isEqualTo(409);
  }

  @Test
  void theEnhetschefStartsAReviewOfAChosenMonthOnceAndAQuietMonthClosesWithTheBoxTicked() {
    assertThat(http.postJson("/api/access-log/reviews", "kim", "demo", "{\"month\":\"2023-06\"}").status())
        .isEqualTo(403);
    for (String bad : new String[] {"{}", "{\"month\":\"juni\"}", "{\"month\":\"2999-01\"}", "{\"month\":\"1999-12\"}"}) {
      assertThat(http.postJson("/api/access-log/reviews", "eva", "demo", bad).status()).as(bad).isEqualTo(400);
    }
    Response started = http.postJson("/api/access-log/reviews", "eva", "demo", "{\"month\":\"2023-06\"}");
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    String instance = started.json().get("processInstanceId").asText();
    staff.runDueJobs(instance);
    Response again = http.postJson("/api/access-log/reviews", "eva", "demo", "{\"month\":\"2023-06\"}");
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().get("processInstanceId").asText()).isEqualTo(instance);

    Map<String, Object> vars = runtime.getVariables(instance);
    assertThat(vars).containsEntry("periodFrom", "2023-06-01").containsEntry("periodTo", "2023-06-30")
        .containsEntry("anomalyCount", 0).containsEntry("anomalySummary", "Inga avvikelser under perioden.");
    staff.complete(instance, AuditConstants.TASK_REVIEW, "enhetschef", Map.of("allReviewed", true));
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
  }

  private ProcessInstance fireMonthlyTimer(LocalDateTime due) {
    Job timer = management.createJobQuery().jobDefinitionId(management.createJobDefinitionQuery()
        .processDefinitionKey(AuditConstants.PROCESS_KEY).activityIdIn("StartEvent_Monthly").singleResult().getId())
        .singleResult();
    management.setJobDuedate(timer.getId(), Staff.date(due));
    Set<String> before = instances();
    ClockUtil.setCurrentTime(Staff.date(due.plusMinutes(1)));
    management.executeJob(timer.getId());
    List<String> started = new ArrayList<>(instances());
    started.removeAll(before);
    assertThat(started).hasSize(1);
    return runtime.createProcessInstanceQuery().processInstanceId(started.get(0)).singleResult();
  }

  private Set<String> instances() {
    return runtime.createProcessInstanceQuery().processDefinitionKey(AuditConstants.PROCESS_KEY).list().stream()
        .map(ProcessInstance::getId).collect(Collectors.toSet());
  }

  private long client() {
    Response created = http.postJson("/api/clients", "kim", "demo", "{\"alias\":\"Granskad\",\"needs\":\"BOTH\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("id").asLong();
  }

  private void read(String user, long client, LocalDateTime when) {
    insert(user, "READ", client, null, when);
  }

  private void insert(String user, String operation, Long client, Long caseId, LocalDateTime when) {
    jdbc.update("INSERT INTO access_log (occurred_at, user_id, operation, channel, endpoint, client_id, case_id)"
        + " VALUES (?, ?, ?, 'API', ?, ?, ?)", at(when), user, operation,
        client != null ? "GET /api/clients/{id}" : "GET /api/eviction-cases/{caseId}", client, caseId);
  }

  private static OffsetDateTime at(LocalDateTime local) {
    return local.atZone(Staff.STOCKHOLM).toOffsetDateTime();
  }
}
