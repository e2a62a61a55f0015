package se.bofast.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import se.bofast.client.ClientTeam;
import se.bofast.client.TeamRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.bofast.support.AppTest;
import se.bofast.support.TestHttp;
import se.bofast.support.TestHttp.Response;
import se.bofast.support.TestPersonnummer;

/**
 * Every read and change of a client's or an eviction case's personal data leaves exactly one row
 * per subject with who, what, which subject and which endpoint; refused requests leave none; a
 * read that cannot be recorded is refused; only the enhetschef reads the log, and that is recorded.
 */
@AppTest
class AccessLogRecordingTest {

  @LocalServerPort
  int port;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;

  TestHttp http;
  long client;
  long entry;
  @Autowired ClientTeam team;

  @BeforeEach
  void aClientWithAJournalEntry() {
    http = new TestHttp(port);
    long before = maxId();
    Response created = http.postJson("/api/clients", "kim", "demo", "{\"alias\":\"Loggen\",\"needs\":\"BOTH\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    client = created.json().get("id").asLong();
    assertThat(rowsAfter(before)).singleElement().satisfies(row -> {
      assertThat(row).containsEntry("USER_ID", "kim").containsEntry("OPERATION", "CREATE")
          .containsEntry("CHANNEL", "API").containsEntry("ENDPOINT", "POST /api/clients");
      assertThat(((Number) row.get("CLIENT_ID")).longValue()).isEqualTo(client);
    });
    // the file is open to the client's team (ClientAccess): kim and sara are on it
    team.assign(client, TeamRole.CASE_MANAGER, "kim", "eva");
    team.assign(client, TeamRole.SOCIALSEKRETERARE, "sara", "eva");
    before = maxId();
    Response written = http.postJson("/api/clients/" + client + "/journal", "kim", "demo",
        "{\"kind\":\"NOTE\",\"eventDate\":\"2026-11-02\",\"text\":\"Anteckning\"}");
    assertThat(written.status()).as(written.body()).isEqualTo(201);
    entry = written.json().get("id").asLong();
    assertThat(rowsAfter(before)).singleElement().satisfies(row -> assertThat(row)
        .containsEntry("OPERATION", "CREATE").containsEntry("ENDPOINT", "POST /api/clients/{id}/journal"));
  }

  @Test
  void eachReadOfTheClientLeavesExactlyOneRowNamingTheClientAndTheEndpoint() {
    Map<String, String> reads = Map.of(
        "/api/clients/" + client, "GET /api/clients/{id}",
        "/api/clients/" + client + "/facts", "GET /api/clients/{id}/facts",
        "/api/clients/" + client + "/followups", "GET /api/clients/{id}/followups",
        "/api/clients/" + client + "/team", "GET /api/clients/{id}/team",
        "/api/clients/" + client + "/journal", "GET /api/clients/{id}/journal",
        "/api/clients/" + client + "/journal/" + entry, "GET /api/clients/{id}/journal/{entryId}");
    reads.forEach((path, endpoint) -> {
      long before = maxId();
      Response read = http.get(path, "sara", "demo");
      assertThat(read.status()).as(path + " " + read.body()).isEqualTo(200);
      assertThat(rowsAfter(before)).as(path).singleElement().satisfies(row -> {
        assertThat(row).containsEntry("USER_ID", "sara").containsEntry("OPERATION", "READ")
            .containsEntry("CHANNEL", "API").containsEntry("ENDPOINT", endpoint);
        assertThat(((Number) row.get("CLIENT_ID")).longValue()).isEqualTo(client);
        assertThat(row.get("OCCURRED_AT")).isNotNull();
      });
    });
  }

  @Test
  void aChangeIsRecordedAsAChange() {
    long before = maxId();
    Response signed = http.postJson("/api/clients/" + client + "/journal/" + entry + "/signature", "kim", "demo", "");
    assertThat(signed.status()).as(signed.body()).isEqualTo(200);
    assertThat(rowsAfter(before)).singleElement().satisfies(row -> assertThat(row)
        .containsEntry("OPERATION", "CHANGE").containsEntry("USER_ID", "kim")
        .containsEntry("ENDPOINT", "POST /api/clients/{id}/journal/{entryId}/signature"));
  }

  @Test
  void refusedAndFailedRequestsLeaveNoRow() {
    long before = maxId();
    assertThat(http.get("/api/clients/" + client, "lotta", "demo").status()).isEqualTo(403);
    assertThat(http.get("/api/clients/999999999", "kim", "demo").status()).isEqualTo(404);
    assertThat(http.get("/api/clients/" + client, null, null).status()).isEqualTo(401);
    assertThat(http.postJson("/api/clients/" + client + "/journal", "kim", "demo", "{}").status()).isEqualTo(400);
    assertThat(rowsAfter(before)).isEmpty();
  }

  @Test
  void anEvictionCaseIsRecordedByIdAndNumberAndAListOnceForEachCaseItShows() {
    long before = maxId();
    Response signal = http.postJson("/api/eviction-signals", "bosse", "demo", signal(TestPersonnummer.next()));
    assertThat(signal.status()).as(signal.body()).isEqualTo(201);
    long caseId = signal.json().get("caseId").asLong();
    String caseNumber = signal.json().get("caseNumber").asText();
    assertThat(rowsAfter(before)).singleElement().satisfies(row -> {
      assertThat(row).containsEntry("OPERATION", "CREATE").containsEntry("ENDPOINT", "POST /api/eviction-signals")
          .containsEntry("CASE_NUMBER", caseNumber);
      assertThat(((Number) row.get("CASE_ID")).longValue()).isEqualTo(caseId);
    });

    before = maxId();
    assertThat(http.get("/api/eviction-cases/" + caseId, "sara", "demo").status()).isEqualTo(200);
    assertThat(rowsAfter(before)).singleElement().satisfies(row -> {
      assertThat(row).containsEntry("ENDPOINT", "GET /api/eviction-cases/{caseId}").containsEntry("OPERATION", "READ")
          .containsEntry("CASE_NUMBER", caseNumber);
      assertThat(((Number) row.get("CASE_ID")).longValue()).isEqualTo(caseId);
    });

    before = maxId();
    Response list = http.get("/api/eviction-cases?status=open", "eva", "demo");
    assertThat(list.status()).isEqualTo(200);
    List<Map<String, Object>> rows = rowsAfter(before);
    assertThat(rows).hasSize(list.json().size()).allSatisfy(row -> assertThat(row)
        .containsEntry("ENDPOINT", "GET /api/eviction-cases").containsEntry("USER_ID", "eva"));
    assertThat(rows).extracting(row -> ((Number) row.get("CASE_ID")).longValue()).doesNotHaveDuplicates()
        .contains(caseId);
  }

  @Test
  void aTasksVariablesReadThroughTheEngineOrTasklistAreRecordedWithTheTasksClient() {
    String instance = runtimeService.startProcessInstanceByKey("platform-smoke", "LOGG-" + System.nanoTime(),
        Variables.createVariables().putValue("caseNumber", "VK-2026-99017").putValue("clientDisplayName", "Test T.")
            .putValue("clientId", client).putValue("done", false)).getId();
    String task = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
    try {
      long before = maxId();
      assertThat(http.get("/engine-rest/task/" + task + "/form-variables", "lotta", "demo").status()).isEqualTo(200);
      assertThat(rowsAfter(before)).singleElement().satisfies(row -> {
        assertThat(row).containsEntry("USER_ID", "lotta").containsEntry("CHANNEL", "ENGINE_REST")
            .containsEntry("ENDPOINT", "GET /engine-rest/task/{taskId}/form-variables")
            .containsEntry("TASK_ID", task).containsEntry("CASE_NUMBER", "VK-2026-99017");
        assertThat(((Number) row.get("CLIENT_ID")).longValue()).isEqualTo(client);
      });

      TestHttp.Session tasklist = http.webappSession("tasklist", "lotta", "demo");
      before = maxId();
      Response viaTasklist = tasklist.get("/camunda/api/engine/engine/default/task/" + task + "/form-variables");
      assertThat(viaTasklist.status()).as(viaTasklist.body()).isEqualTo(200);
      assertThat(rowsAfter(before)).singleElement().satisfies(row -> {
        assertThat(row).containsEntry("USER_ID", "lotta").containsEntry("CHANNEL", "TASKLIST")
            .containsEntry("ENDPOINT", "GET /camunda/api/engine/engine/{engine}/task/{taskId}/form-variables")
            .containsEntry("TASK_ID", task);
        assertThat(((Number) row.get("CLIENT_ID")).longValue()).isEqualTo(client);
      });

      before = maxId();
      assertThat(http.get("/engine-rest/task/" + task + "/form-variables", "bosse", "demo").status()).isEqualTo(403);
      assertThat(rowsAfter(before)).as("refused: nothing read").isEmpty();
    } finally {
      runtimeService.deleteProcessInstance(instance, "access log test over");
    }
  }

  @Test
  void whenTheLogCannotBeWrittenTheReadIsRefused() {
    // sara has not read this client yet: the constraint holds for every row so far and refuses her next read
    jdbc.execute("ALTER TABLE access_log ADD CONSTRAINT ck_test_refuse_sara CHECK (NOT (user_id = 'sara' AND client_id = "
        + client + "))");
    try {
      long before = maxId();
      Response read = http.get("/api/clients/" + client + "/journal", "sara", "demo");
      assertThat(read.status()).isEqualTo(503);
      assertThat(read.contentType()).startsWith("application/problem+json");
      assertThat(read.json().get("detail").asText()).startsWith("Åtkomstloggen kunde inte skrivas");
      assertThat(read.body()).doesNotContain("Anteckning");
      assertThat(rowsAfter(before)).isEmpty();
    } finally {
      jdbc.execute("ALTER TABLE access_log DROP CONSTRAINT ck_test_refuse_sara");
    }
    assertThat(http.get("/api/clients/" + client + "/journal", "sara", "demo").status()).isEqualTo(200);
  }

  @Test
  void onlyTheEnhetschefReadsTheLogPerClientUserAndPeriodAndHerReadIsRecorded() {
    http.get("/api/clients/" + client, "sara", "demo");
    assertThat(http.get("/api/access-log?clientId=" + client, "kim", "demo").status()).isEqualTo(403);

    long before = maxId();
    Response page = http.get("/api/access-log?clientId=" + client + "&userId=sara&from=2000-01-01&to="
        + java.time.LocalDate.now(AccessLogQueries.ZONE), "eva", "demo");
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    JsonNode entries = page.json().get("entries");
    assertThat(page.json().get("total").asLong()).isEqualTo(1);
    assertThat(entries.get(0).get("endpoint").asText()).isEqualTo("GET /api/clients/{id}");
    assertThat(entries.get(0).get("operation").asText()).isEqualTo("READ");
    assertThat(rowsAfter(before)).singleElement().satisfies(row -> {
      assertThat(row).containsEntry("USER_ID", "eva").containsEntry("ENDPOINT", "GET /api/access-log");
      assertThat(((Number) row.get("CLIENT_ID")).longValue()).isEqualTo(client);
    });

    Response csv = http.get("/api/access-log.csv?clientId=" + client, "eva", "demo");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    List<String> lines = csv.body().lines().toList();
    assertThat(lines.get(0)).endsWith(AccessLogCsv.HEADER);
    // kim's registration and journal entry, sara's read, eva's read of the log (the CSV's own read comes after)
    assertThat(lines).hasSize(5);
    assertThat(lines.get(3)).contains("\"sara\"", "\"Läsning\"", "\"GET /api/clients/{id}\"", "\"" + client + "\"");

    assertThat(http.get("/api/access-log?from=2026-02-01&to=2026-01-01", "eva", "demo").json().get("errors")
        .get(0).get("field").asText()).isEqualTo("to");
    assertThat(http.get("/api/access-log?userId=%3Cscript%3E", "eva", "demo").status()).isEqualTo(400);
    assertThat(http.get("/api/access-log?size=501", "eva", "demo").status()).isEqualTo(400);
  }

  static String signal(String pnr) {
    return "{\"externalReference\":\"LOGG-" + System.nanoTime() + "\",\"source\":\"LANDLORD\",\"type\":\"RENT_ARREARS\","
        + "\"tenant\":{\"personnummer\":\"" + pnr + "\",\"name\":\"Tove Ek\"},"
        + "\"address\":{\"street\":\"Loggvägen " + pnr.replace("-", "").substring(6) + "\",\"postalCode\":\"113 59\","
        + "\"city\":\"Stockholm\"},\"landlord\":{\"name\":\"Familjebostäder\",\"organisationNumber\":\"556677-8899\"},"
        + "\"childrenInHousehold\":0,\"noticeServedDate\":\"2026-02-20\",\"socialServicesNotifiedDate\":\"2026-02-24\"}";
  }

  long maxId() {
    return jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM access_log", Long.class);
  }

  List<Map<String, Object>> rowsAfter(long id) {
    return jdbc.queryForList("SELECT * FROM access_log WHERE id > ? ORDER BY id", id);
  }
}
