package se.bofast.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static se.bofast.platform.EngineRestErrorsTest.assertRefusedByDatabase;
import static se.bofast.platform.EngineRestErrorsTest.userJson;
import static se.bofast.platform.SecurityHeadersTest.assertApplicationPolicy;
import static se.bofast.platform.SecurityHeadersTest.assertCookies;
import static se.bofast.platform.SecurityHeadersTest.assertHardened;
import static se.bofast.platform.SecurityHeadersTest.assertNotStored;
import static se.bofast.platform.SecurityHeadersTest.assertWebappPolicy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.bofast.support.ApplicationLog;
import se.bofast.support.PostgresProdAppTest;
import se.bofast.support.RawHttp;

/**
 * The prod profile on PostgreSQL as an outside caller meets it: security headers on every
 * kind of answer (HSTS behind a TLS proxy), Secure session and CSRF cookies, no-store on
 * personal data, the engine's password policy for users created and changed over REST, and a
 * database error answered without SQL.
 */
@PostgresProdAppTest
@ExtendWith(OutputCaptureExtension.class)
class PostgresProductionTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String REST = "/engine-rest/engine/" + PostgresProdAppTest.ENGINE;
  private static final String ADMIN = RawHttp.basic(PostgresProdAppTest.ADMIN, PostgresProdAppTest.ADMIN_PASSWORD);
  private static final String POLICY_MESSAGE = "Lösenordet uppfyller inte lösenordsreglerna. Det ska ha minst 10 tecken, "
      + "minst 1 liten bokstav, minst 1 stor bokstav, minst 1 siffra och minst 1 specialtecken, och det får inte "
      + "innehålla användarnamnet, namnet eller e-postadressen.";

  @LocalServerPort
  int port;

  @Test
  void everyKindOfAnswerCarriesTheHeaders() {
    RawHttp http = new RawHttp(port);
    HttpResponse<String> rest = http.get(REST + "/user", "Authorization", ADMIN);
    assertThat(rest.statusCode()).isEqualTo(200);
    assertHardened(rest, false);
    assertApplicationPolicy(rest);
    assertNotStored(rest);

    HttpResponse<String> api = http.get("/api/apartments", "Authorization", ADMIN);
    assertThat(api.statusCode()).isIn(200, 403);
    assertHardened(api, false);
    assertApplicationPolicy(api);
    assertNotStored(api);

    HttpResponse<String> dashboard = http.get("/dashboard/");
    assertThat(dashboard.statusCode()).isEqualTo(200);
    assertHardened(dashboard, false);
    assertApplicationPolicy(dashboard);

    HttpResponse<String> missing = http.get("/no-such-page", "Accept", "application/json");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertHardened(missing, false);
    assertThat(missing.body()).doesNotContain("trace").doesNotContain("exception").doesNotContain("message");
  }

  @Test
  void behindATlsProxyEveryAnswerHasHsts() {
    RawHttp http = new RawHttp(port);
    for (String path : new String[] {REST + "/user", "/api/apartments", "/dashboard/", "/no-such-page",
        "/camunda/app/tasklist/" + PostgresProdAppTest.ENGINE + "/"}) {
      HttpResponse<String> answer = http.get(path, "Authorization", ADMIN, "X-Forwarded-Proto", "https");
      assertHardened(answer, true);
    }
  }

  @Test
  void theWebappsLoginGivesSecureHttpOnlySameSiteCookies() {
    RawHttp.Browser browser = new RawHttp(port).browser();
    HttpResponse<String> tasklist = browser.send("GET", "/camunda/app/tasklist/" + PostgresProdAppTest.ENGINE + "/", null);
    assertThat(tasklist.statusCode()).isEqualTo(200);
    assertHardened(tasklist, false);
    assertWebappPolicy(tasklist);

    HttpResponse<String> login = browser.login("tasklist", PostgresProdAppTest.ENGINE, PostgresProdAppTest.ADMIN,
        PostgresProdAppTest.ADMIN_PASSWORD);
    assertThat(login.statusCode()).isEqualTo(200);
    assertHardened(login, false);
    assertNotStored(login);
    assertCookies(browser.setCookies(), true);

    HttpResponse<String> tasks = browser.get("/camunda/api/engine/engine/" + PostgresProdAppTest.ENGINE + "/task");
    assertThat(tasks.statusCode()).isEqualTo(200);
    assertNotStored(tasks);
  }

  @Test
  void usersGetPasswordsThatMeetThePolicy() throws IOException {
    RawHttp http = new RawHttp(port);
    for (String weak : new String[] {"111111111111", "demo", "Kort-1!x", "alllowercase-2026", "Pia-Lund-2026!"}) {
      HttpResponse<String> refused = http.send("POST", REST + "/user/create", user("pia", weak),
          "Authorization", ADMIN, "Content-Type", "application/json");
      assertThat(refused.statusCode()).as(weak + ": " + refused.body()).isEqualTo(400);
      assertThat(JSON.readTree(refused.body()).get("message").asText()).isEqualTo(POLICY_MESSAGE);
      assertThat(http.get(REST + "/user/pia/profile", "Authorization", ADMIN).statusCode()).isEqualTo(404);
    }

    HttpResponse<String> created = http.send("POST", REST + "/user/create", user("pia", "Stark-Fras-för-2026"),
        "Authorization", ADMIN, "Content-Type", "application/json");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(204);

    HttpResponse<String> change = http.send("PUT", REST + "/user/pia/credentials",
        "{\"password\": \"111111111111\", \"authenticatedUserPassword\": \"" + PostgresProdAppTest.ADMIN_PASSWORD + "\"}",
        "Authorization", ADMIN, "Content-Type", "application/json");
    assertThat(change.statusCode()).as(change.body()).isEqualTo(400);
    assertThat(JSON.readTree(change.body()).get("message").asText()).isEqualTo(POLICY_MESSAGE);
    assertThat(http.get(REST + "/user", "Authorization", RawHttp.basic("pia", "Stark-Fras-för-2026")).statusCode())
        .as("the old password still holds").isEqualTo(200);
  }

  @Test
  void aValueTheDatabaseRefusesIs400WithoutSql(CapturedOutput output) throws IOException {
    String name = "Överlång" + "z".repeat(300);
    HttpResponse<String> answer = new RawHttp(port).send("POST", REST + "/user/create", userJson("long3", name),
        "Authorization", ADMIN, "Content-Type", "application/json");

    assertRefusedByDatabase(answer);
    assertHardened(answer, false);
    assertNotStored(answer);
    assertThat(output).contains("refused by the database").contains("SQLState 22001");
    assertThat(ApplicationLog.lines(output)).as("the application's log").isNotEmpty()
        .noneMatch(line -> line.contains(name) || line.contains("act_id_user") || line.contains("ACT_ID_USER"));
  }

  private static String user(String id, String password) {
    return "{\"profile\": {\"id\": \"" + id + "\", \"firstName\": \"Pia\", \"lastName\": \"Lund\"},"
        + " \"credentials\": {\"password\": \"" + password + "\"}}";
  }
}
