package se.bofast.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.bofast.client.ProtectedScenarios.Person;
import se.bofast.support.Staff;
import se.bofast.support.TestHttp;
import se.bofast.support.TestHttp.Response;
import se.bofast.support.TestPersonnummer;

/**
 * Protected identity (issue 15 item 3) over REST: who may set and clear a marking and that each
 * change is kept and logged; while it holds, Tasklist's name is the case number (on running
 * processes too), identity is only for the team and the enhetschef, an eviction case of the
 * protected tenant shows no address to anyone and no name outside the team. Run on H2
 * ({@link ProtectedIdentityTest}) and PostgreSQL ({@link PostgresProtectedIdentityTest}).
 */
abstract class ProtectedIdentityCases {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired ClientProtection protection;

  TestHttp http;
  ProtectedScenarios scenarios;
  String colleague;

  @BeforeEach
  void setUp() {
    http = new TestHttp(port);
    scenarios = new ProtectedScenarios(engine, http);
    colleague = scenarios.colleague("skydd-kollega", "case-manager");
  }

  @Test
  void onlyTheTeamAndTheEnhetschefSetAndClearAMarkingAndEveryChangeIsKeptAndLogged() {
    Person person = scenarios.atTheShelter();
    long id = person.clientId();
    String marking = "{\"marking\":\"SKYDDAD_FOLKBOKFORING\"}";

    Response outsider = scenarios.protect(id, colleague, marking);
    assertThat(outsider.status()).as("in the task's group, not on the team").isEqualTo(403);
    assertThat(outsider.json().get("detail").asText())
        .isEqualTo("Bara klientens team och enhetschefen kan se och ändra skyddade personuppgifter.");
    assertThat(scenarios.protect(id, "sara", marking).status()).isEqualTo(403);
    assertThat(http.get("/api/clients/" + id + "/protection", colleague, "demo").status()).isEqualTo(403);
    assertThat(scenarios.protect(id, "admin", marking).status()).isEqualTo(403);
    assertThat(protection.isProtected(id)).isFalse();

    for (String bad : List.of("{\"marking\":\"HEMLIG\"}", "{\"marking\":1}", "{\"marking\":\"SEKRETESSMARKERING\","
        + "\"memberPersonalNumber\":\"19800101-0000\"}", "{}")) {
      Response refused = scenarios.protect(id, "kim", bad);
      assertThat(refused.status()).as(bad + " " + refused.body()).isEqualTo(400);
      assertThat(refused.contentType()).startsWith("application/problem+json");
    }
    assertThat(jdbc.queryForObject("SELECT count(*) FROM client_protection WHERE client_id = ?", Integer.class, id))
        .as("nothing stored on a refusal").isZero();

    Response set = scenarios.protect(id, "kim", marking);
    assertThat(set.status()).as(set.body()).isEqualTo(200);
    assertThat(set.json().get("protectedIdentity").asBoolean()).isTrue();
    JsonNode current = set.json().get("current").get(0);
    assertThat(current.get("person").asText()).isEqualTo("CLIENT");
    assertThat(current.get("marking").asText()).isEqualTo("SKYDDAD_FOLKBOKFORING");
    assertThat(current.get("label").asText()).isEqualTo("skyddad folkbokföring");
    assertThat(current.get("setBy").asText()).isEqualTo("kim");
    assertThat(protection.isProtected(id)).isTrue();
    assertThat(protection.protectedClientIds()).contains(id);
    assertThat(protection.isProtectedPerson(person.personalNumber())).isTrue();

    // a household member is marked too; then the client's own marking changes kind
    String member = TestPersonnummer.next();
    Response memberSet = scenarios.protect(id, "eva", "{\"marking\":\"FINGERADE_PERSONUPPGIFTER\","
        + "\"memberPersonalNumber\":\"" + member + "\"}");
    assertThat(memberSet.status()).as(memberSet.body()).isEqualTo(200);
    assertThat(protection.isProtectedPerson(member)).isTrue();
    assertThat(scenarios.protect(id, "kim", "{\"marking\":\"SEKRETESSMARKERING\"}").status()).isEqualTo(200);

    Response cleared = scenarios.protect(id, "eva", "{\"marking\":null}");
    assertThat(cleared.status()).as(cleared.body()).isEqualTo(200);
    assertThat(cleared.json().get("protectedIdentity").asBoolean()).as("the member's marking still holds").isTrue();
    assertThat(scenarios.protect(id, "eva", "{\"marking\":null}").status()).as("nothing left to clear").isEqualTo(400);
    assertThat(scenarios.protect(id, "kim", "{\"marking\":null,\"memberPersonalNumber\":\"" + member + "\"}")
        .status()).isEqualTo(200);
    assertThat(protection.isProtected(id)).isFalse();
    assertThat(protection.isProtectedPerson(member)).isFalse();

    Response history = http.get("/api/clients/" + id + "/protection", "kim", "demo");
    assertThat(history.status()).isEqualTo(200);
    assertThat(history.json().get("current")).isEmpty();
    JsonNode rows = history.json().get("history");
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).get("marking").asText()).isEqualTo("SKYDDAD_FOLKBOKFORING");
    assertThat(rows.get(0).get("clearedBy").asText()).as("ended by the new kind").isEqualTo("kim");
    assertThat(rows.get(1).get("person").asText()).isEqualTo("HOUSEHOLD_MEMBER");
    assertThat(rows.get(1).get("setBy").asText()).isEqualTo("eva");
    assertThat(rows.get(1).get("clearedBy").asText()).isEqualTo("kim");
    assertThat(rows.get(2).get("marking").asText()).isEqualTo("SEKRETESSMARKERING");
    assertThat(rows.get(2).get("clearedBy").asText()).isEqualTo("eva");
    assertThat(rows.get(2).get("clearedAt").isNull()).isFalse();

    assertThat(jdbc.queryForList("SELECT user_id FROM access_log WHERE client_id = ? AND operation = 'CHANGE'"
        + " AND endpoint = 'PUT /api/clients/{id}/protection' ORDER BY id", String.class, id))
        .as("each change in the access log").containsExactly("kim", "eva", "kim", "eva", "kim");
  }

  @Test
  void whileProtectedTasklistShowsTheCaseNumberAndOnlyTheTeamAndTheEnhetschefSeeTheIdentity() {
    Person person = scenarios.atTheShelter();
    long id = person.clientId();
    Task outreach = scenarios.outreachTask(person);
    var tasks = engine.getTaskService();
    var runtime = engine.getRuntimeService();
    assertThat(tasks.getVariableLocal(outreach.getId(), "clientDisplayName")).isEqualTo(person.displayName());

    assertThat(scenarios.protect(id, "kim", "{\"marking\":\"SEKRETESSMARKERING\"}").status()).isEqualTo(200);

    // the running process and its open task show the case number; history holds no earlier name
    assertThat(runtime.getVariable(person.processInstanceId(), "clientDisplayName")).isEqualTo(person.caseNumber());
    assertThat(tasks.getVariableLocal(outreach.getId(), "clientDisplayName")).isEqualTo(person.caseNumber());
    var history = engine.getHistoryService();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(person.processInstanceId())
        .variableName("clientDisplayName").singleResult().getValue()).isEqualTo(person.caseNumber());
    List<HistoricDetail> details = history.createHistoricDetailQuery().variableUpdates()
        .processInstanceId(person.processInstanceId()).list();
    assertThat(details).noneMatch(d -> String.valueOf(((HistoricVariableUpdate) d).getValue())
        .contains(person.firstName()));

    // identity: the team member and the enhetschef see it, the colleague in the task's group does not
    JsonNode mine = http.get("/api/clients/" + id, "kim", "demo").json();
    assertThat(mine.get("firstName").asText()).isEqualTo(person.firstName());
    assertThat(mine.get("identityHidden").asBoolean()).isFalse();
    Response theirs = http.get("/api/clients/" + id, colleague, "demo");
    assertThat(theirs.status()).as(theirs.body()).isEqualTo(200);
    assertThat(theirs.json().get("identityHidden").asBoolean()).isTrue();
    assertThat(theirs.json().get("displayName").asText()).isEqualTo(person.caseNumber());
    assertThat(theirs.body()).doesNotContain(person.firstName(), person.lastName(), person.twelveDigits());

    Response file = http.get("/api/clients/" + id + "/file", colleague, "demo");
    assertThat(file.status()).as(file.body()).isEqualTo(200);
    assertThat(file.json().get("client").get("displayName").asText()).isEqualTo(person.caseNumber());
    assertThat(file.json().get("protection").isNull()).isTrue();
    assertThat(file.body()).doesNotContain(person.firstName(), person.lastName(), person.twelveDigits(),
        person.shelter());
    Response evasFile = http.get("/api/clients/" + id + "/file", "eva", "demo");
    assertThat(evasFile.json().get("client").get("lastName").asText()).isEqualTo(person.lastName());
    assertThat(evasFile.json().get("protection").get("current").get(0).get("marking").asText())
        .isEqualTo("SEKRETESSMARKERING");

    // where the client sleeps: only for the team and the enhetschef
    Response journey = http.get("/api/journeys/" + person.caseNumber(), colleague, "demo");
    assertThat(journey.status()).as(journey.body()).isEqualTo(200);
    assertThat(journey.json().get("placements").get(0).get("step").asText()).isEqualTo("HARBARGE");
    assertThat(journey.body()).doesNotContain(person.shelter());
    assertThat(http.get("/api/journeys/" + person.caseNumber(), "kim", "demo").body()).contains(person.shelter());

    Response tab = http.get("/api/tasks/" + outreach.getId() + "/client", colleague, "demo");
    assertThat(tab.status()).as(tab.body()).isEqualTo(200);
    assertThat(tab.json().get("displayName").asText()).isEqualTo(person.caseNumber());
    assertThat(http.get("/api/tasks/" + outreach.getId() + "/client", "kim", "demo").json().get("displayName")
        .asText()).isEqualTo(person.displayName());

    // cleared: the name comes back on the running process
    assertThat(scenarios.protect(id, "kim", "{\"marking\":null}").status()).isEqualTo(200);
    assertThat(tasks.getVariableLocal(outreach.getId(), "clientDisplayName")).isEqualTo(person.displayName());
    assertThat(http.get("/api/clients/" + id, colleague, "demo").json().get("firstName").asText())
        .isEqualTo(person.firstName());
  }

  @Test
  void anEvictionCaseOfAProtectedTenantShowsNoAddressAndNamesOnlyToTheTeamAndTheEnhetschef() {
    Person person = scenarios.atTheShelter();
    String street = ProtectedScenarios.unique("Skyddsgatan ");
    Response signal = http.postJson("/api/eviction-signals", "intake", "demo", "{\"externalReference\":\""
        + ProtectedScenarios.unique("SK-") + "\",\"source\":\"LANDLORD\",\"type\":\"DISTURBANCE\","
        + "\"tenant\":{\"personnummer\":\"" + person.personalNumber() + "\",\"name\":\"" + person.firstName() + " "
        + person.lastName() + "\"},\"address\":{\"street\":\"" + street + " 3\",\"postalCode\":\"113 59\","
        + "\"city\":\"Stockholm\"},\"landlord\":{\"name\":\"Familjebostäder\",\"organisationNumber\":\"556677-8899\"},"
        + "\"childrenInHousehold\":0}");
    assertThat(signal.status()).as(signal.body()).isEqualTo(201);
    long caseId = signal.json().get("caseId").asLong();
    String caseNumber = signal.json().get("caseNumber").asText();
    String instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .singleResult().getId();
    new Staff(engine).runDueJobs(instance);
    assertThat(engine.getRuntimeService().getVariable(instance, "clientDisplayName")).isEqualTo(person.displayName());

    assertThat(scenarios.protect(person.clientId(), "kim", "{\"marking\":\"SKYDDAD_FOLKBOKFORING\"}").status())
        .isEqualTo(200);
    assertThat(engine.getRuntimeService().getVariable(instance, "clientDisplayName"))
        .as("the eviction process follows the tenant's marking").isEqualTo(caseNumber);
    for (Task task : engine.getTaskService().createTaskQuery().processInstanceId(instance).list()) {
      assertThat(engine.getTaskService().getVariableLocal(task.getId(), "clientDisplayName")).isEqualTo(caseNumber);
    }

    Response bosse = http.get("/api/eviction-cases/" + caseId, "bosse", "demo");
    assertThat(bosse.status()).as(bosse.body()).isEqualTo(200);
    assertThat(bosse.json().get("protectedIdentity").asBoolean()).isTrue();
    assertThat(bosse.json().get("street").isNull()).isTrue();
    assertThat(bosse.json().get("tenantName").asText()).isEqualTo(caseNumber);
    assertThat(bosse.body()).doesNotContain(street, person.firstName(), person.lastName());
    Response list = http.get("/api/eviction-cases?status=open", "sara", "demo");
    assertThat(list.body()).doesNotContain(street, person.firstName());

    Response eva = http.get("/api/eviction-cases/" + caseId, "eva", "demo");
    assertThat(eva.json().get("tenantName").asText()).isEqualTo(person.firstName() + " " + person.lastName());
    assertThat(eva.body()).as("the address for nobody").doesNotContain(street);
    assertThat(eva.json().get("postalCode").isNull()).isTrue();
    assertThat(eva.json().get("city").isNull()).isTrue();
  }
}
