package se.bofast.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.ConnectionCallback;
import se.bofast.platform.EngineSchemaLock;

/**
 * Two application nodes started at the same moment on one EMPTY PostgreSQL database (a first
 * install with two replicas): both come up, the engine's schema is created once, nothing is
 * deployed or seeded twice; then, with the job executor on in both, 1,000 due timers fire
 * exactly once each, and both nodes fire some of them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PostgresTwoNodesTest {

  static final int TIMERS = 1000;
  static final String TIMER_PROCESS = "fault-due-timer";
  static final int CLIENTS = 6;

  static FaultDatabase db;
  static AppProcess nodeA;
  static AppProcess nodeB;

  @BeforeAll
  static void startTwoNodesAtTheSameMomentOnAnEmptyDatabase() {
    db = FaultDatabase.createEmpty("faults_two_nodes");
    assertThat(db.count("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"))
        .as("the database is empty").isZero();
    nodeA = new AppProcess("node-a", db.url);
    nodeB = new AppProcess("node-b", db.url);
    // The test holds the start-up lock until both nodes wait for it, then lets go: both reach
    // the engine's schema operation at the same moment, every time (without the lock, one
    // node failed with ENGINE-03015).
    db.jdbc.execute((ConnectionCallback<Void>) holder -> {
      try (Statement lock = holder.createStatement()) {
        lock.execute("SELECT pg_advisory_lock(" + EngineSchemaLock.LOCK_KEY + ")");
        nodeA.launch();
        nodeB.launch();
        awaitNodesWaitingForTheSchemaLock(2);
        lock.execute("SELECT pg_advisory_unlock(" + EngineSchemaLock.LOCK_KEY + ")");
      }
      return null;
    });
    nodeA.awaitUp();
    nodeB.awaitUp();
    Figures.record("two nodes: start-up on an empty database: node-a %.1f s, node-b %.1f s",
        nodeA.lastStartup().toMillis() / 1000.0, nodeB.lastStartup().toMillis() / 1000.0);
  }

  private static void awaitNodesWaitingForTheSchemaLock(int nodes) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    while (System.nanoTime() < deadline) {
      long waiting = db.count("SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database"
          + " WHERE d.datname = current_database() AND l.locktype = 'advisory' AND NOT l.granted"
          + " AND l.classid::bigint = ? AND l.objid::bigint = ?",
          EngineSchemaLock.LOCK_KEY >>> 32, EngineSchemaLock.LOCK_KEY & 0xffffffffL);
      if (waiting == nodes) {
        return;
      }
      for (AppProcess node : List.of(nodeA, nodeB)) {
        if (!node.isAlive()) {
          node.awaitUp(); // reports why it exited
        }
      }
      AppProcess.sleep(200);
    }
    throw new AssertionError("The nodes did not reach the engine's schema operation within 180 s");
  }

  @AfterAll
  static void stopNodes() {
    try (FaultDatabase closing = db; AppProcess a = nodeA; AppProcess b = nodeB) {
      // closed in reverse order: the nodes first, then the database lease
    }
  }

  @Test
  @Order(1)
  void theEngineSchemaIsCreatedOnceByOneNodeWhileTheOtherWaits() {
    assertThat(db.count("SELECT count(*) FROM act_ge_schema_log")).as("one schema log entry").isEqualTo(1);
    assertThat(db.jdbc.queryForList("SELECT version_ FROM act_ge_schema_log", String.class)).containsExactly("7.24.0");
    List<AppProcess> created = new ArrayList<>();
    for (AppProcess node : List.of(nodeA, nodeB)) {
      assertThat(node.logLines("ENGINE-03015")).as(node.name() + ": no failed schema operation").isEmpty();
      if (!node.logLines("Engine schema created").isEmpty()) {
        created.add(node);
      } else {
        assertThat(node.logLines("Engine schema found")).as(node.name() + " found the schema").isNotEmpty();
      }
    }
    assertThat(created).as("nodes that created the engine's schema").hasSize(1);
    for (AppProcess node : List.of(nodeA, nodeB)) {
      assertThat(node.logLines("Engine schema ")).as(node.name() + " waited for the lock the test held")
          .noneMatch(line -> line.contains("(waited 0 ms"));
    }
    // both ran db/engine/*.sql (se.bofast.platform.EngineIndexes) under the start-up lock
    for (AppProcess node : List.of(nodeA, nodeB)) {
      assertThat(node.logLines("Engine indexes checked")).as(node.name() + " checked the engine's indexes").hasSize(1);
    }
    assertThat(db.count("SELECT count(*) FROM pg_indexes WHERE tablename = 'act_ru_job'"
        + " AND indexname = 'bofast_idx_job_duedate'")).as("the job acquisition's due-date index").isEqualTo(1);
    assertThat(db.count("SELECT count(*) FROM flyway_schema_history WHERE NOT success")).isZero();
    assertThat(db.count("SELECT count(*) FROM (SELECT version FROM flyway_schema_history WHERE version IS NOT NULL"
        + " GROUP BY version HAVING count(*) > 1) twice")).as("Flyway migrations applied twice").isZero();
  }

  @Test
  @Order(2)
  void modelsAreDeployedOnceWithOneVersionOfEachDefinition() {
    assertThat(db.count("SELECT count(*) FROM act_re_deployment WHERE name_ = 'bofast'")).isEqualTo(1);
    assertThat(db.count("SELECT count(*) FROM act_re_deployment")).isEqualTo(1);
    assertThat(db.jdbc.queryForList("SELECT DISTINCT key_ FROM act_re_procdef", String.class))
        .contains("client-journey", "eviction-prevention", "landlord-relations", "steering-report", "care-plan",
            "assessment-followup");
    for (String table : List.of("act_re_procdef", "act_re_decision_def", "act_re_camformdef")) {
      assertThat(db.count("SELECT count(*) FROM " + table + " WHERE version_ <> 1")).as(table + " versions > 1")
          .isZero();
      assertThat(db.count("SELECT count(*) FROM " + table)).as(table).isEqualTo(
          db.count("SELECT count(DISTINCT key_) FROM " + table));
    }
    assertThat(db.count("SELECT count(*) FROM act_ru_job WHERE handler_type_ = 'timer-start-event'"))
        .as("steering-report's start timer").isPositive();
    assertThat(db.count("SELECT count(*) FROM (SELECT job_def_id_ FROM act_ru_job WHERE handler_type_ ="
        + " 'timer-start-event' GROUP BY job_def_id_ HAVING count(*) > 1) twice")).as("start timers made twice")
        .isZero();
  }

  @Test
  @Order(3)
  void identityIsSeededOnce() {
    assertThat(db.count("SELECT count(*) FROM act_id_group")).isEqualTo(7);
    assertThat(db.count("SELECT count(*) FROM act_id_user")).isEqualTo(7);
    assertThat(db.count("SELECT count(*) FROM act_id_membership")).isEqualTo(7);
    assertThat(db.jdbc.queryForList("SELECT name_ FROM act_ru_filter", String.class))
        .containsExactlyInAnyOrder("Förfallna", "Mina uppgifter", "Mina klienters uppgifter", "Min grupps uppgifter");
    assertThat(db.count("SELECT count(*) FROM (SELECT type_, group_id_, user_id_, resource_type_, resource_id_"
        + " FROM act_ru_authorization GROUP BY type_, group_id_, user_id_, resource_type_, resource_id_"
        + " HAVING count(*) > 1) twice")).as("authorizations granted twice").isZero();
    assertThat(db.count("SELECT count(*) FROM act_ru_authorization WHERE group_id_ = 'bosamordnare'")).isPositive();
  }

  @Test
  @Order(4)
  void thousandDueTimersFireExactlyOnceEachAcrossBothNodes() throws Exception {
    deployTimerProcess();
    long started = System.nanoTime();
    List<String> instanceIds = startInstancesOnBothNodes();
    assertThat(instanceIds).hasSize(TIMERS).doesNotHaveDuplicates();
    double startSeconds = (System.nanoTime() - started) / 1e9;

    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    long completed = 0;
    while (System.nanoTime() < deadline) {
      completed = db.count("SELECT count(*) FROM act_hi_procinst WHERE proc_def_key_ = ? AND state_ = 'COMPLETED'",
          TIMER_PROCESS);
      if (completed == TIMERS) {
        break;
      }
      AppProcess.sleep(500);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    assertThat(completed).as("instances whose timer fired").isEqualTo(TIMERS);

    // each timer fired once: one timer activity per instance, ended, and one successful job each
    assertThat(db.count("SELECT count(*) FROM act_hi_actinst WHERE proc_def_key_ = ? AND act_id_ = 'Timer_Due'"
        + " AND end_time_ IS NOT NULL", TIMER_PROCESS)).isEqualTo(TIMERS);
    assertThat(db.count("SELECT count(*) FROM (SELECT proc_inst_id_ FROM act_hi_actinst WHERE proc_def_key_ = ?"
        + " AND act_id_ = 'Timer_Due' GROUP BY proc_inst_id_ HAVING count(*) <> 1) x", TIMER_PROCESS)).isZero();
    assertThat(db.count("SELECT count(*) FROM act_hi_actinst WHERE proc_def_key_ = ? AND act_id_ = 'EndEvent_Fired'",
        TIMER_PROCESS)).isEqualTo(TIMERS);
    assertThat(db.count("SELECT count(*) FROM act_hi_job_log WHERE process_def_key_ = ? AND job_state_ = 0",
        TIMER_PROCESS)).as("timer jobs created").isEqualTo(TIMERS);
    assertThat(db.count("SELECT count(DISTINCT job_id_) FROM act_hi_job_log WHERE process_def_key_ = ?"
        + " AND job_state_ = 2", TIMER_PROCESS)).as("timer jobs executed").isEqualTo(TIMERS);
    assertThat(db.count("SELECT count(*) FROM act_hi_job_log WHERE process_def_key_ = ? AND job_state_ = 2",
        TIMER_PROCESS)).as("successful executions (one per job)").isEqualTo(TIMERS);
    assertThat(db.count("SELECT count(*) FROM act_hi_job_log WHERE process_def_key_ = ? AND job_state_ = 1",
        TIMER_PROCESS)).as("failed executions (e.g. an optimistic locking failure)").isZero();
    assertThat(db.count("SELECT count(*) FROM act_ru_job WHERE process_def_key_ = ?", TIMER_PROCESS)).isZero();
    assertThat(db.count("SELECT count(*) FROM act_hi_incident")).as("incidents").isZero();

    Map<String, Long> byNode = db.jdbc.queryForList("SELECT hostname_, count(*) AS n FROM act_hi_job_log"
            + " WHERE process_def_key_ = ? AND job_state_ = 2 GROUP BY hostname_", TIMER_PROCESS).stream()
        .collect(Collectors.toMap(row -> (String) row.get("hostname_"), row -> ((Number) row.get("n")).longValue()));
    assertThat(byNode.keySet()).as("nodes that fired timers").containsExactlyInAnyOrder("node-a", "node-b");
    Figures.record("two nodes: %d due timers fired exactly once each, %.1f s from the first start (starts took %.1f s;"
        + " fired by node-a %d, node-b %d), 0 failed jobs, 0 incidents", TIMERS, seconds, startSeconds,
        byNode.get("node-a"), byNode.get("node-b"));
  }

  private static void deployTimerProcess() throws IOException {
    byte[] bpmn;
    try (InputStream in = PostgresTwoNodesTest.class.getResourceAsStream("/faults/due-timer.bpmn")) {
      bpmn = in.readAllBytes();
    }
    String boundary = "----bofast-faults";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n"
        + "fault-due-timer\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\";"
        + " filename=\"due-timer.bpmn\"\r\nContent-Type: application/xml\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(bpmn);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> deployed = new FaultHttp(nodeA.port(), "admin", "demo")
        .postMultipart("/engine-rest/deployment/create", boundary, body.toByteArray());
    assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
  }

  /** 1,000 starts, half through each node, from a few client threads. */
  private static List<String> startInstancesOnBothNodes() throws Exception {
    List<FaultHttp> nodes = List.of(new FaultHttp(nodeA.port(), "admin", "demo"),
        new FaultHttp(nodeB.port(), "admin", "demo"));
    AtomicInteger next = new AtomicInteger();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < CLIENTS; t++) {
        results.add(clients.submit(() -> {
          List<String> ids = new ArrayList<>();
          for (int i = next.getAndIncrement(); i < TIMERS; i = next.getAndIncrement()) {
            HttpResponse<String> answer = nodes.get(i % 2)
                .postJson("/engine-rest/process-definition/key/" + TIMER_PROCESS + "/start", "{}");
            if (answer.statusCode() != 200) {
              throw new AssertionError("start " + i + ": " + answer.statusCode() + " " + answer.body());
            }
            ids.add(Json.field(answer.body(), "id"));
          }
          return ids;
        }));
      }
      List<String> all = new ArrayList<>();
      for (Future<List<String>> result : results) {
        all.addAll(result.get(180, TimeUnit.SECONDS));
      }
      return all;
    } finally {
      clients.shutdownNow();
    }
  }
}
