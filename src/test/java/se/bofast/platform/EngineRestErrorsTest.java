package se.bofast.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.bofast.support.AppTest;
import se.bofast.support.RawHttp;

/**
 * The engine's REST API and the webapps' API answer a value the database refuses (a name
 * longer than its column: 400; an id already taken: 409) with a Swedish message, never with
 * the SQL, the schema, a stack trace or a class name; the log has the exception classes and the
 * SQL state but not the value. Client errors keep Camunda's status, type and message. (The
 * 500 answer with a reference: ServerErrorsTest.)
 */
@AppTest
@ExtendWith(OutputCaptureExtension.class)
class EngineRestErrorsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ADMIN = RawHttp.basic("admin", "demo");

  @LocalServerPort
  int port;

  @Test
  void aValueTheDatabaseRefusesIs400WithoutSqlAndLogsNoValue(CapturedOutput output) throws IOException {
    String name = "Överlång" + "x".repeat(300);
    HttpResponse<String> answer = new RawHttp(port).send("POST", "/engine-rest/user/create", userJson("long1", name),
        "Authorization", ADMIN, "Content-Type", "application/json");

    assertRefusedByDatabase(answer);
    assertThat(output).contains("WARN").contains("POST /engine-rest/user/create refused by the database")
        .contains("org.camunda.bpm.engine.ProcessEngineException").contains("SQLState 22001");
    assertThat(output.getAll()).doesNotContain(name).doesNotContain("ACT_ID_USER").doesNotContain("ENGINE-16004");
    HttpResponse<String> user = new RawHttp(port).get("/engine-rest/user/long1/profile", "Authorization", ADMIN);
    assertThat(user.statusCode()).as("nothing stored").isEqualTo(404);
  }

  @Test
  void aUniqueKeyTakenIs409WithoutSql(CapturedOutput output) throws IOException {
    RawHttp http = new RawHttp(port);
    assertThat(http.send("POST", "/engine-rest/group/create", "{\"id\": \"dubbel\", \"name\": \"Dubbel\", \"type\": \"x\"}",
        "Authorization", ADMIN, "Content-Type", "application/json").statusCode()).isEqualTo(204);

    HttpResponse<String> again = http.send("POST", "/engine-rest/group/create",
        "{\"id\": \"dubbel\", \"name\": \"Dubbel igen\", \"type\": \"x\"}",
        "Authorization", ADMIN, "Content-Type", "application/json");

    assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
    assertThat(json(again).get("message").asText()).startsWith("Uppgifterna strider mot något som redan finns");
    assertNoLeak(again);
    assertThat(output).contains("POST /engine-rest/group/create refused by the database").contains("SQLState 23");
    assertThat(output.getAll()).doesNotContain("Dubbel igen");
  }

  @Test
  void theWebappsEngineApiAnswersTheSame(CapturedOutput output) throws IOException {
    RawHttp.Browser admin = new RawHttp(port).browser();
    assertThat(admin.login("admin", "default", "admin", "demo").statusCode()).isEqualTo(200);
    // the session changes at login: the next read hands out its CSRF token, as in the browser
    assertThat(admin.get("/camunda/api/engine/engine/default/user/count").statusCode()).isEqualTo(200);
    String name = "Webbappslång" + "y".repeat(300);

    HttpResponse<String> answer = admin.send("POST", "/camunda/api/engine/engine/default/user/create",
        userJson("long2", name), "Content-Type", "application/json", "Accept", "application/json");

    assertRefusedByDatabase(answer);
    assertThat(output).contains("POST /camunda/api/engine/engine/default/user/create refused by the database");
    assertThat(output.getAll()).doesNotContain(name).doesNotContain("ACT_ID_USER");
  }

  @Test
  void clientErrorsKeepCamundasStatusTypeAndMessage() throws IOException {
    RawHttp http = new RawHttp(port);
    HttpResponse<String> sorting = http.get("/engine-rest/task?sortBy=nonsense&sortOrder=asc", "Authorization", ADMIN);
    assertThat(sorting.statusCode()).isEqualTo(400);
    assertThat(json(sorting).get("type").asText()).isEqualTo("InvalidRequestException");
    assertThat(json(sorting).get("message").asText()).contains("sortBy");

    HttpResponse<String> forbidden = http.send("POST", "/engine-rest/user/create", userJson("nope", "Nope"),
        "Authorization", RawHttp.basic("kim", "demo"), "Content-Type", "application/json");
    assertThat(forbidden.statusCode()).isEqualTo(403);
    assertThat(json(forbidden).get("type").asText()).isEqualTo("AuthorizationException");

    HttpResponse<String> missing = http.get("/engine-rest/task/no-such-task", "Authorization", ADMIN);
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(json(missing).get("type").asText()).isEqualTo("InvalidRequestException");

    HttpResponse<String> malformed = http.send("POST", "/engine-rest/user/create", "{\"profile\": {\"id\": x}}",
        "Authorization", ADMIN, "Content-Type", "application/json");
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(json(malformed).get("message").asText()).isEqualTo("Uppgifterna är inte giltig JSON eller har fel form.");

    HttpResponse<String> wrongShape = http.send("POST", "/engine-rest/user/create", "{\"profile\": [1, 2]}",
        "Authorization", ADMIN, "Content-Type", "application/json");
    assertThat(wrongShape.statusCode()).isEqualTo(400);
    assertThat(wrongShape.body()).doesNotContain("org.camunda").doesNotContain("java.");
  }

  /** 400, Camunda's shape, a Swedish message, nothing technical. */
  static void assertRefusedByDatabase(HttpResponse<String> answer) throws IOException {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    JsonNode body = json(answer);
    assertThat(body.get("type").asText()).isEqualTo("InvalidRequestException");
    assertThat(body.get("message").asText()).isEqualTo("Ett värde är för långt eller ligger utanför det tillåtna intervallet. Inget har sparats.");
    assertNoLeak(answer);
    assertThat(body.get("message").asText()).doesNotContain("Exception");
  }

  /** Nothing technical in the answer (Camunda's type names such as InvalidRequestException aside). */
  static void assertNoLeak(HttpResponse<String> answer) {
    for (String leak : new String[] {"SQL", "insert", "INSERT", "ACT_", "org.", "java.", "###", "\tat "}) {
      assertThat(answer.body()).as("no '%s' in the answer", leak).doesNotContain(leak);
    }
  }

  static String userJson(String id, String firstName) {
    return "{\"profile\": {\"id\": \"" + id + "\", \"firstName\": \"" + firstName + "\", \"lastName\": \"Test\"},"
        + " \"credentials\": {\"password\": \"Ett-Starkt-Lösen-2026\"}}";
  }

  private static JsonNode json(HttpResponse<String> answer) throws IOException {
    return JSON.readTree(answer.body());
  }
}
