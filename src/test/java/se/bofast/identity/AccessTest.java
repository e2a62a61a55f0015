package se.bofast.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.bofast.support.AppTest;
import se.bofast.support.TestHttp;
import se.bofast.support.TestHttp.Response;

/** Who gets into which webapp, and what each role may do over /engine-rest. */
@AppTest
class AccessTest {

  @LocalServerPort
  int port;
  @Autowired
  IdentityService identityService;

  TestHttp http;

  @BeforeEach
  void setUp() {
    http = new TestHttp(port);
  }

  @ParameterizedTest(name = "{0} logs into Tasklist")
  @CsvSource({"kim", "lotta", "bosse", "sara", "eva", "admin"})
  void everyStaffDemoUserLogsIntoTasklist(String user) {
    Response login = http.webappLogin("tasklist", user, "demo");
    assertThat(login.status()).as(login.body()).isEqualTo(200);
    assertThat(login.json().get("userId").asText()).isEqualTo(user);
  }

  @ParameterizedTest(name = "{0} in {1}: {2}")
  @CsvSource({
      "lotta, cockpit, 403", "kim, cockpit, 403", "bosse, cockpit, 403", "sara, cockpit, 403",
      "eva, cockpit, 200", "admin, cockpit, 200",
      "eva, admin, 403", "lotta, admin, 403", "admin, admin, 200"})
  void cockpitAndAdminOnlyForTheirRoles(String user, String app, int expected) {
    assertThat(http.webappLogin(app, user, "demo").status()).isEqualTo(expected);
  }

  @Test
  void demoUsersHaveSwedishNamesAndOneGroupEach() {
    User kim = identityService.createUserQuery().userId("kim").singleResult();
    assertThat(kim.getFirstName()).isEqualTo("Kim");
    assertThat(identityService.createGroupQuery().groupMember("kim").list())
        .extracting("id").containsExactly(Groups.CASE_MANAGER);
    assertThat(identityService.createGroupQuery().groupId(Groups.CASE_MANAGER).singleResult().getName())
        .isEqualTo("Case manager/uppsökare");
  }

  @Test
  void theIntakeSystemAccountHasNoWebappAndNoEngineAccess() {
    assertThat(http.webappLogin("tasklist", "intake", "demo").status()).isEqualTo(403);
    for (String path : new String[] {"/engine-rest/process-definition", "/engine-rest/task", "/engine-rest/user/intake/profile"}) {
      Response refused = http.get(path, "intake", "demo");
      assertThat(refused.status()).as(path).isEqualTo(403);
      assertThat(refused.json().get("type").asText()).isEqualTo("AuthorizationException");
    }
  }

  @Test
  void webappLoginWithoutCsrfTokenIsRefused() {
    assertThat(http.webappLoginWithoutCsrfToken("tasklist", "kim", "demo").status()).isEqualTo(403);
  }

  @Test
  void engineRestNeedsValidCredentials() {
    User user = identityService.newUser("wrongpw");
    user.setPassword("ratt-losenord");
    identityService.saveUser(user);
    try {
      assertThat(http.get("/engine-rest/process-definition", null, null).status()).isEqualTo(401);
      assertThat(http.get("/engine-rest/process-definition", "wrongpw", "fel").status()).isEqualTo(401);
      assertThat(http.get("/engine-rest/process-definition", "nobody", "demo").status()).isEqualTo(401);
      assertThat(http.get("/engine-rest/process-definition", "admin", "demo").status()).isEqualTo(200);
    } finally {
      identityService.deleteUser("wrongpw");
    }
  }

  @Test
  void staffStartWhatTheirRoleStartsAndSeeOnlyTheirGroupsTasks() {
    String body = "{\"businessKey\":\"SMOKE-" + System.nanoTime() + "\"}";
    Response refused = http.postJson("/engine-rest/process-definition/key/platform-smoke/start", "lotta", "demo", body);
    assertThat(refused.status()).as("lotta may not even see the definition").isEqualTo(404);

    Response started = http.postJson("/engine-rest/process-definition/key/platform-smoke/start", "kim", "demo", body);
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String instanceId = started.json().get("id").asText();

    String taskQuery = "/engine-rest/task?processInstanceId=" + instanceId;
    assertThat(http.get(taskQuery, "lotta", "demo").json()).hasSize(1);
    assertThat(http.get(taskQuery, "kim", "demo").json()).isEmpty();
    assertThat(http.get(taskQuery, "bosse", "demo").json()).isEmpty();
    assertThat(http.get(taskQuery, "sara", "demo").json()).isEmpty();
    assertThat(http.get(taskQuery, "eva", "demo").json()).hasSize(1);

    // staff see no process instances, not even the one kim started (not found for them); the manager does
    String instance = "/engine-rest/process-instance/" + instanceId;
    assertThat(http.get(instance, "kim", "demo").status()).isEqualTo(404);
    assertThat(http.get(instance, "lotta", "demo").status()).isEqualTo(404);
    assertThat(http.get(instance, "eva", "demo").status()).isEqualTo(200);

    String taskId = http.get(taskQuery, "lotta", "demo").json().get(0).get("id").asText();
    assertThat(http.get("/engine-rest/task/" + taskId + "/deployed-form", "lotta", "demo").status())
        .as("the task's Camunda Form is in the same deployment").isEqualTo(200);
    assertThat(http.postJson("/engine-rest/task/" + taskId + "/complete", "eva", "demo", "{}").status())
        .as("the manager reads but does not work tasks").isEqualTo(403);
    assertThat(http.postJson("/engine-rest/task/" + taskId + "/complete", "kim", "demo", "{}").status())
        .isEqualTo(403);
    Response completed = http.postJson("/engine-rest/task/" + taskId + "/complete", "lotta", "demo",
        "{\"variables\":{\"done\":{\"value\":true}}}");
    assertThat(completed.status()).as(completed.body()).isEqualTo(204);

    JsonNode history = http.get("/engine-rest/history/process-instance/" + instanceId, "eva", "demo").json();
    assertThat(history.get("state").asText()).isEqualTo("COMPLETED");
    assertThat(http.get("/engine-rest/history/process-instance/" + instanceId, "kim", "demo").status())
        .as("no history for staff: not found").isEqualTo(404);
  }

  @Test
  void staffSeeOnlyTheDefinitionsTheyStartOrWorkIn() {
    assertThat(keys(http.get("/engine-rest/process-definition", "kim", "demo").json()))
        .as("eviction-prevention: the chain's staff coordinate when a client of theirs risks eviction")
        .containsExactlyInAnyOrder("platform-smoke", "client-journey", "care-plan", "assessment-followup",
            "eviction-prevention");
    assertThat(keys(http.get("/engine-rest/process-definition", "lotta", "demo").json()))
        .containsExactlyInAnyOrder("client-journey", "eviction-prevention", "work-plan-followup");
    assertThat(keys(http.get("/engine-rest/process-definition?startablePermissionCheck=true&startableInTasklist=true",
        "lotta", "demo").json())).as("Tasklist offers lotta nothing to start").isEmpty();
    assertThat(keys(http.get("/engine-rest/process-definition", "eva", "demo").json())).contains("platform-smoke");
  }

  @Test
  void onlyTheAdministratorDeploys() {
    String boundary = "----bofast" + System.nanoTime();
    String multipart = "--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"deployment-name\"\r\n\r\nmodeler-test\r\n"
        + "--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"data\"; filename=\"empty.dmn\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n"
        + "<?xml version=\"1.0\"?><definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\" "
        + "id=\"d\" name=\"d\" namespace=\"bofast\"/>\r\n"
        + "--" + boundary + "--\r\n";
    for (String[] who : new String[][] {{"eva", "403"}, {"lotta", "403"}, {"admin", "200"}}) {
      Response response = http.send(http.at("/engine-rest/deployment/create")
          .header("Content-Type", "multipart/form-data; boundary=" + boundary)
          .POST(HttpRequest.BodyPublishers.ofString(multipart)), who[0], "demo");
      assertThat(response.status()).as(who[0] + ": " + response.body()).isEqualTo(Integer.parseInt(who[1]));
      if (response.status() == 200) {
        http.send(http.at("/engine-rest/deployment/" + response.json().get("id").asText()).DELETE(), "admin", "demo");
      }
    }
  }

  private static List<String> keys(JsonNode definitions) {
    List<String> keys = new ArrayList<>();
    definitions.forEach(d -> keys.add(d.get("key").asText()));
    return keys;
  }
}
