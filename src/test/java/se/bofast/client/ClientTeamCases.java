package se.bofast.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import se.bofast.followup.FollowupService;
import se.bofast.housing.ApartmentService;
import se.bofast.support.TestHttp;
import se.bofast.support.TestHttp.Response;

/**
 * The client's team: tasks follow it, a change of holder moves the open tasks, the enhetschef
 * hands over, the database keeps one holder per role. Run on H2 ({@link ClientTeamTest}) and
 * PostgreSQL ({@link PostgresClientTeamTest}).
 */
abstract class ClientTeamCases {

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  ApartmentService apartments;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  FollowupService followups;

  TestHttp http;
  TeamScenarios scenarios;

  @BeforeEach
  void setUp() {
    http = new TestHttp(port);
    scenarios = new TeamScenarios(engine, apartments);
    TeamScenarios.at(2026, 1, 5);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theCaseManagerWhoTakesTheClientOnIsNamedAndGetsTheFirstTask() {
    ProcessInstance pi = scenarios.journeyStartedByKim("Skäggmannen");
    long clientId = scenarios.clientId(pi);

    Task outreach = scenarios.task(pi, "Task_OutreachContact");
    assertThat(outreach.getAssignee()).as("the named case manager has the task").isEqualTo("kim");
    assertThat(scenarios.candidateGroups(outreach)).as("colleagues can still cover").containsExactly("case-manager");
    assertThat(scenarios.teamLinks(outreach)).containsExactly("kim");

    Response team = http.get("/api/clients/" + clientId + "/team", "kim", "demo");
    assertThat(team.status()).as(team.body()).isEqualTo(200);
    assertThat(team.json().get("current")).hasSize(1);
    assertThat(team.json().get("current").get(0).get("role").asText()).isEqualTo("CASE_MANAGER");
    assertThat(team.json().get("current").get(0).get("userId").asText()).isEqualTo("kim");
    assertThat(team.json().get("current").get(0).get("heldUntil").isNull()).isTrue();
  }

  @Test
  void theClientsTasksInOtherProcessesFollowTheTeamToo() {
    String caseManager = scenarios.user("team-cm-sip", "case-manager");
    long clientId = scenarios.clientId(scenarios.journeyStartedByKim("Halsduksmannen"));
    assertThat(put(clientId, "CASE_MANAGER", "kim", "{\"userId\":\"" + caseManager + "\"}").status()).isEqualTo(200);

    String carePlan = followups.requestCarePlan(clientId, "kim").orElseThrow();
    scenarios.staff().runDueJobs(carePlan);
    Task consent = engine.getTaskService().createTaskQuery().processInstanceId(carePlan).singleResult();
    assertThat(consent.getTaskDefinitionKey()).isEqualTo("Task_Consent");
    assertThat(consent.getAssignee()).as("care-plan's task goes to the named case manager").isEqualTo(caseManager);
    assertThat(scenarios.candidateGroups(consent)).containsExactly("case-manager");
  }

  @Test
  void aNewBoendelotsMidMoveInTakesOverTheOpenTasksAndTheHistoryShowsBoth() {
    String first = scenarios.user("team-lots-a", "boendelots");
    String second = scenarios.user("team-lots-b", "boendelots");
    ProcessInstance pi = scenarios.journeyAtFirstContact();
    long clientId = scenarios.clientId(pi);
    assertThat(scenarios.task(pi, "Task_FirstContact").getAssignee()).as("nobody holds the role yet").isNull();

    Response named = put(clientId, "BOENDELOTS", "eva", "{\"userId\":\"" + first + "\"}");
    assertThat(named.status()).as(named.body()).isEqualTo(200);
    Task firstContact = scenarios.task(pi, "Task_FirstContact");
    assertThat(firstContact.getAssignee()).as("the open task of the role goes to the named boendelots").isEqualTo(first);
    assertThat(scenarios.teamLinks(firstContact)).containsExactly(first);

    scenarios.complete(firstContact, first, "boendelots", Map.of("firstContactDate", "2026-01-05"));
    Task prepare = scenarios.task(pi, "Task_PrepareMoveIn");
    assertThat(prepare.getAssignee()).as("the next move-in task is assigned when created").isEqualTo(first);

    // the boendelots herself hands the client to a colleague mid-move-in
    Response changed = http.send(http.at("/api/clients/" + clientId + "/team/boendelots")
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString("{\"userId\":\"" + second + "\"}")), first, TeamScenarios.PASSWORD);
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    prepare = scenarios.task(pi, "Task_PrepareMoveIn");
    assertThat(prepare.getAssignee()).isEqualTo(second);
    assertThat(scenarios.candidateGroups(prepare)).containsExactly("boendelots");
    assertThat(scenarios.teamLinks(prepare)).containsExactly(second);

    JsonNode history = changed.json().get("history");
    assertThat(history).hasSize(2);
    assertThat(history.get(0).get("userId").asText()).isEqualTo(first);
    assertThat(history.get(0).get("heldUntil").isNull()).as("the first holding ended").isFalse();
    assertThat(history.get(1).get("userId").asText()).isEqualTo(second);
    assertThat(history.get(1).get("assignedBy").asText()).isEqualTo(first);
    assertThat(changed.json().get("current")).hasSize(1);

    scenarios.complete(prepare, second, "boendelots", Map.of("rentPlanned", true));
    assertThat(scenarios.task(pi, "Task_SecondHandContract").getAssignee()).isEqualTo(second);
  }

  @Test
  void theEnhetschefHandsOverEveryClientAndOpenTaskOfOnePersonInOneStep() {
    String leaving = scenarios.user("team-lots-leaving", "boendelots");
    String taking = scenarios.user("team-lots-taking", "boendelots");
    List<ProcessInstance> journeys = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      ProcessInstance pi = scenarios.journeyAtFirstContact();
      assertThat(put(scenarios.clientId(pi), "BOENDELOTS", "eva", "{\"userId\":\"" + leaving + "\"}").status())
          .isEqualTo(200);
      journeys.add(pi);
    }

    Response refused = http.postJson("/api/staff/" + leaving + "/handover", "kim", "demo",
        "{\"toUserId\":\"" + taking + "\"}");
    assertThat(refused.status()).as("only the enhetschef hands over").isEqualTo(403);
    Response wrongGroup = http.postJson("/api/staff/" + leaving + "/handover", "eva", "demo",
        "{\"toUserId\":\"kim\"}");
    assertThat(wrongGroup.status()).isEqualTo(400);
    assertThat(wrongGroup.contentType()).startsWith("application/problem+json");
    assertThat(wrongGroup.json().get("detail").asText()).contains("boendelots");
    assertThat(scenarios.task(journeys.get(0), "Task_FirstContact").getAssignee()).as("nothing moved").isEqualTo(leaving);

    Response handover = http.postJson("/api/staff/" + leaving + "/handover", "eva", "demo",
        "{\"toUserId\":\"" + taking + "\"}");
    assertThat(handover.status()).as(handover.body()).isEqualTo(200);
    assertThat(handover.json().get("rolesMoved").asInt()).isEqualTo(2);

    for (ProcessInstance pi : journeys) {
      Task task = scenarios.task(pi, "Task_FirstContact");
      assertThat(task.getAssignee()).isEqualTo(taking);
      assertThat(scenarios.teamLinks(task)).containsExactly(taking);
      JsonNode team = http.get("/api/clients/" + scenarios.clientId(pi) + "/team", "eva", "demo").json();
      assertThat(team.get("current").get(0).get("userId").asText()).isEqualTo(taking);
      assertThat(team.get("history").get(0).get("userId").asText()).isEqualTo(leaving);
    }
    assertThat(engine.getTaskService().createTaskQuery().taskAssignee(leaving).count()).isZero();
  }

  @Test
  void onlyTheTeamOrTheEnhetschefChangesItAndBadRolesOrUsersAreNamedInSwedish() {
    ProcessInstance pi = scenarios.journeyStartedByKim("Hattmannen");
    long clientId = scenarios.clientId(pi);

    assertThat(put(clientId, "BOENDELOTS", "lotta", "{\"userId\":\"lotta\"}").status())
        .as("lotta is not on the team").isEqualTo(403);
    assertThat(http.get("/api/clients/" + clientId + "/team", "intake", "demo").status()).isEqualTo(403);
    assertThat(http.get("/api/clients/" + clientId + "/team", null, null).status()).isEqualTo(401);
    assertThat(http.get("/api/clients/999999999/team", "eva", "demo").status()).isEqualTo(404);

    Response badRole = put(clientId, "chauffeur", "kim", "{\"userId\":\"lotta\"}");
    assertThat(badRole.status()).isEqualTo(400);
    assertThat(badRole.contentType()).startsWith("application/problem+json");
    assertThat(badRole.json().get("detail").asText()).contains("Okänd roll");

    Response badUser = put(clientId, "BOENDELOTS", "kim", "{\"userId\":\"sara\"}");
    assertThat(badUser.status()).isEqualTo(400);
    assertThat(badUser.json().get("detail").asText()).contains("boendelots");
    assertThat(put(clientId, "BOENDELOTS", "kim", "{\"userId\":\"ingen-sadan\"}").status()).isEqualTo(400);

    Response byTeam = put(clientId, "boendelots", "kim", "{\"userId\":\"lotta\"}");
    assertThat(byTeam.status()).as(byTeam.body()).isEqualTo(200);
    assertThat(put(clientId, "SOCIALSEKRETERARE", "lotta", "{\"userId\":\"sara\"}").status())
        .as("lotta is on the team now").isEqualTo(200);
    assertThat(http.get("/api/clients/" + clientId + "/team", "eva", "demo").json().get("current")).hasSize(3);
  }

  @Test
  void theDatabaseAllowsOneCurrentHolderPerRoleAndClient() {
    long clientId = scenarios.clientId(scenarios.journeyStartedByKim("Mössmannen"));
    assertThatThrownBy(() -> jdbc.update("INSERT INTO client_team_member (client_id, team_role, user_id, held_from,"
        + " assigned_by, current_client_id) VALUES (?, 'CASE_MANAGER', 'lotta', CURRENT_TIMESTAMP, 'eva', ?)",
        clientId, clientId)).isInstanceOf(DataIntegrityViolationException.class);
  }

  private Response put(long clientId, String role, String user, String json) {
    return http.send(http.at("/api/clients/" + clientId + "/team/" + role)
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json)), user, "demo");
  }
}
