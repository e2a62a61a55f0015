package se.bofast.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.bofast.support.AppTest;
import se.bofast.support.Staff;
import se.bofast.support.TestHttp;
import se.bofast.support.TestHttp.Response;
import se.bofast.support.TestPersonnummer;

/**
 * The client page's reads: the file put together from the modules (client, team, the chain with
 * its placements, open tasks, eviction cases, follow-ups) for the client's team, the roles that
 * work the client's open tasks and the enhetschef; everybody else 403 in Swedish, also on the
 * client, team and journal reads; "Mina klienter" lists the clients whose team the user is on.
 */
@AppTest
class ClientFileApiTest {

  static final String REFUSED = "Du har inte tillgång till klientens akt. Den är öppen för klientens team, "
      + "de roller som arbetar med klientens ärenden och enhetschefen.";

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;

  TestHttp http;
  Staff staff;

  @BeforeEach
  void setUp() {
    http = new TestHttp(port);
    staff = new Staff(engine);
  }

  /** kim takes on a person he met at the shelter, identified: the journey waits at outreach, kim's task. */
  private long clientAtTheShelter(String personnummer) {
    ProcessInstance pi = staff.start("client-journey", "case-manager", Map.of("clientType", "NEW_IDENTIFIED",
        "personalNumber", personnummer, "firstName", "Filip", "lastName", "Akt", "needs", "BOTH",
        "childrenInHousehold", 2, "situation", "HARBARGE", "shelterName", "Härbärget Skarpnäck"));
    staff.runDueJobs(pi);
    return ((Number) engine.getRuntimeService().getVariable(pi.getId(), "clientId")).longValue();
  }

  @Test
  void theTeamReadsTheWholeFile() {
    String pnr = TestPersonnummer.next();
    long id = clientAtTheShelter(pnr);
    Response signal = http.postJson("/api/eviction-signals", "intake", "demo",
        "{\"externalReference\":\"FILE-" + pnr + "\",\"source\":\"LANDLORD\",\"type\":\"RENT_ARREARS\","
            + "\"tenant\":{\"personnummer\":\"" + pnr + "\",\"name\":\"Filip Akt\"},"
            + "\"address\":{\"street\":\"Aktgatan 3\",\"postalCode\":\"113 59\",\"city\":\"Stockholm\"},"
            + "\"childrenInHousehold\":2,\"rentDebtSek\":12000}");
    assertThat(signal.status()).as(signal.body()).isEqualTo(201);

    Response read = http.get("/api/clients/" + id + "/file", "kim", "demo");
    assertThat(read.status()).as(read.body()).isEqualTo(200);
    JsonNode file = read.json();
    assertThat(file.get("client").get("displayName").asText()).isEqualTo("Filip A.");
    assertThat(file.get("client").get("childrenInHousehold").asInt()).isEqualTo(2);
    JsonNode holder = file.get("team").get("current").get(0);
    assertThat(holder.get("role").asText()).isEqualTo("CASE_MANAGER");
    assertThat(holder.get("userId").asText()).isEqualTo("kim");
    assertThat(holder.get("name").asText()).isEqualTo("Kim Lindqvist");
    assertThat(file.get("team").get("mayChange").asBoolean()).as("kim is on the team").isTrue();
    assertThat(file.get("team").get("candidates").get("BOENDELOTS").findValuesAsText("userId")).contains("lotta");

    JsonNode journey = file.get("journeys").get(0);
    assertThat(journey.get("caseNumber").asText()).startsWith("VK-");
    assertThat(journey.get("placements").get(0).get("step").asText()).isEqualTo("HARBARGE");
    assertThat(file.get("currentStep").get("label").asText()).isEqualTo("Härbärge");
    assertThat(file.get("currentStep").get("caseNumber").asText()).isEqualTo(journey.get("caseNumber").asText());

    List<String> tasks = new ArrayList<>();
    file.get("openTasks").forEach(t -> tasks.add(t.get("name").asText() + "/" + t.get("assignee").asText("")));
    assertThat(tasks).contains("Uppsökande kontakt/kim", "Kontakta hyresgästen/");
    JsonNode outreach = null;
    for (JsonNode t : file.get("openTasks")) {
      outreach = "Uppsökande kontakt".equals(t.get("name").asText()) ? t : outreach;
    }
    assertThat(outreach.get("assigneeName").asText()).isEqualTo("Kim Lindqvist");
    assertThat(outreach.get("due").isNull()).isFalse();
    assertThat(outreach.get("caseNumber").asText()).isEqualTo(file.get("journeys").get(0).get("caseNumber").asText());

    JsonNode evictionCase = file.get("evictionCases").get(0);
    assertThat(evictionCase.get("caseNumber").asText()).startsWith("VR-");
    assertThat(evictionCase.get("status").asText()).isEqualTo("OPEN");
    assertThat(evictionCase.get("contactDeadline").isNull()).isFalse();
    assertThat(file.get("followups").get("assessments")).as("no ASI/DUR yet").isEmpty();
    assertThat(file.get("followups").get("sip").get("current").asBoolean()).as("no SIP yet").isFalse();
    assertThat(file.get("followups").has("needsSip")).isTrue();
    assertThat(http.get("/api/clients/" + id + "/file", "bosse", "demo").status())
        .as("the eviction case's contact task is the bosamordnare's: the role works the client's process").isEqualTo(200);
  }

  @Test
  void outsidersAreRefusedInSwedishEverywhereTheClientIsRead() {
    long id = clientAtTheShelter(TestPersonnummer.next());
    for (String outsider : List.of("sara", "bosse", "lotta")) {
      for (String path : List.of("/file", "", "/team", "/journal")) {
        Response refused = http.get("/api/clients/" + id + path, outsider, "demo");
        assertThat(refused.status()).as(outsider + " " + path).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        boolean registerRole = !path.isEmpty() || outsider.equals("sara");
        assertThat(refused.json().get("detail").asText()).as(outsider + " " + path)
            .isEqualTo(registerRole ? REFUSED : "Din roll ger inte tillgång till detta.");
        assertThat(refused.body()).doesNotContain("Filip").doesNotContain("Akt");
      }
    }
    assertThat(http.get("/api/clients/987654321/file", "kim", "demo").status()).isEqualTo(404);
    assertThat(http.get("/api/clients/" + id + "/file", "intake", "demo").status()).isEqualTo(403);
    assertThat(http.get("/api/clients/" + id + "/file", "admin", "demo").status()).isEqualTo(403);
    assertThat(http.get("/api/clients/" + id + "/file", null, null).status()).isEqualTo(401);
  }

  @Test
  void theEnhetschefReadsAndANewTeamMemberReadsOnceNamed() {
    long id = clientAtTheShelter(TestPersonnummer.next());
    Response eva = http.get("/api/clients/" + id + "/file", "eva", "demo");
    assertThat(eva.status()).as(eva.body()).isEqualTo(200);
    assertThat(eva.json().get("team").get("mayChange").asBoolean()).isTrue();
    assertThat(http.get("/api/clients/" + id + "/journal", "eva", "demo").status()).isEqualTo(200);

    assertThat(http.get("/api/clients/" + id + "/file", "sara", "demo").status()).isEqualTo(403);
    Response named = http.send(http.at("/api/clients/" + id + "/team/SOCIALSEKRETERARE")
        .header("Content-Type", "application/json")
        .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"userId\":\"sara\"}")), "kim", "demo");
    assertThat(named.status()).as(named.body()).isEqualTo(200);
    for (String path : List.of("/file", "", "/team", "/journal")) {
      assertThat(http.get("/api/clients/" + id + path, "sara", "demo").status()).as(path).isEqualTo(200);
    }
  }

  @Test
  void aRoleWorkingAnOpenTaskOfTheClientReadsTheFile() {
    long id = clientAtTheShelter(TestPersonnummer.next());
    String colleague = "kim2-file";
    var identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(colleague).count() == 0) {
      var user = identity.newUser(colleague);
      user.setFirstName("Kollega");
      user.setLastName("Uppsökare");
      user.setPassword("demo");
      identity.saveUser(user);
      identity.createMembership(colleague, "case-manager");
    }
    Response read = http.get("/api/clients/" + id + "/file", colleague, "demo");
    assertThat(read.status()).as("a case manager may cover kim's outreach task").isEqualTo(200);
    assertThat(read.json().get("team").get("mayChange").asBoolean()).as("not on the team").isFalse();
    assertThat(read.json().get("team").get("candidates").size()).isZero();
  }

  @Test
  void myClientsAreTheClientsWhoseTeamIAmOn() {
    long id = clientAtTheShelter(TestPersonnummer.next());
    Response kims = http.get("/api/me/clients", "kim", "demo");
    assertThat(kims.status()).as(kims.body()).isEqualTo(200);
    JsonNode mine = null;
    for (JsonNode row : kims.json()) {
      if (row.get("clientId").asLong() == id) {
        mine = row;
      }
    }
    assertThat(mine).as("kim's new client is listed").isNotNull();
    assertThat(mine.get("displayName").asText()).isEqualTo("Filip A.");
    assertThat(mine.get("roles").toString()).isEqualTo("[\"CASE_MANAGER\"]");
    assertThat(mine.get("currentStep").get("label").asText()).isEqualTo("Härbärge");
    assertThat(mine.get("nextTask").asText()).isEqualTo("Uppsökande kontakt");
    assertThat(mine.get("nextDue").isNull()).isFalse();
    assertThat(http.get("/api/me/clients", "bosse", "demo").json().findValuesAsText("clientId"))
        .doesNotContain(String.valueOf(id));
    assertThat(http.get("/api/me/clients", "intake", "demo").status()).isEqualTo(403);
  }

  @Test
  void tasklistsClientTabAsksWhichClientATaskIsAbout() {
    long id = clientAtTheShelter(TestPersonnummer.next());
    String taskId = engine.getTaskService().createTaskQuery().processVariableValueEquals("clientId", id)
        .singleResult().getId();
    Response kims = http.get("/api/tasks/" + taskId + "/client", "kim", "demo");
    assertThat(kims.status()).as(kims.body()).isEqualTo(200);
    assertThat(kims.json().get("clientId").asLong()).isEqualTo(id);
    assertThat(kims.json().get("displayName").asText()).isEqualTo("Filip A.");
    Response saras = http.get("/api/tasks/" + taskId + "/client", "sara", "demo");
    assertThat(saras.status()).isEqualTo(403);
    assertThat(saras.body()).doesNotContain("clientId").doesNotContain("Filip");
    assertThat(http.get("/api/tasks/no-such-task/client", "kim", "demo").status()).isEqualTo(404);
  }
}
