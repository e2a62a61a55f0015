package se.bofast.housing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.bofast.support.AppTest;
import se.bofast.support.Staff;
import se.bofast.support.TestHttp;
import se.bofast.support.TestHttp.Response;
import se.bofast.support.TestPersonnummer;

@AppTest
class HousingApiTest {

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired FormService formService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired JdbcTemplate jdbc;

  TestHttp http;
  Staff staff;

  @BeforeEach
  void setUp() {
    http = new TestHttp(port);
    staff = new Staff(HousingConstants.PROCESS_KEY, identityService, formService, taskService, managementService, repositoryService);
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 3, 2, 9, 0).atZone(ZoneId.of("Europe/Stockholm")).toInstant()));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theBosamordnareAddsApartmentsToTheStock() {
    Response added = http.postJson("/api/apartments", "bosse", "demo",
        "{\"street\":\"Fleminggatan 4\",\"postalCode\":\"112 26\",\"city\":\"Stockholm\","
            + "\"landlordName\":\"Familjebostäder\",\"kind\":\"TRANINGSLAGENHET\"}");
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    assertThat(added.json().get("status").asText()).isEqualTo("FREE");
    assertThat(added.json().get("postalCode").asText()).isEqualTo("11226");
    long id = added.json().get("id").asLong();
    assertThat(http.get("/api/apartments/" + id, "lotta", "demo").json().get("street").asText())
        .isEqualTo("Fleminggatan 4");
    assertThat(http.get("/api/apartments", "eva", "demo").status()).isEqualTo(200);
  }

  @Test
  void badApartmentsAreRefusedNamingTheFieldAndNothingIsStored() {
    int before = count("apartment");
    problem(http.postJson("/api/apartments", "bosse", "demo", apartment("\"postalCode\":\"1122\"", "TRANINGSLAGENHET")),
        400, "postalCode");
    problem(http.postJson("/api/apartments", "bosse", "demo", apartment("\"postalCode\":\"11226\"", "BEHANDLING")),
        400, "kind");
    problem(http.postJson("/api/apartments", "bosse", "demo", apartment("\"postalCode\":\"11226\"", "SLOTT")),
        400, "kind");
    problem(http.postJson("/api/apartments", "bosse", "demo",
        "{\"postalCode\":\"11226\",\"city\":\"Stockholm\",\"landlordName\":\"X\",\"kind\":\"TRANINGSLAGENHET\"}"),
        400, "street");
    assertThat(http.postJson("/api/apartments", "lotta", "demo", apartment("\"postalCode\":\"11226\"",
        "TRANINGSLAGENHET")).status()).isEqualTo(403);
    assertThat(http.postJson("/api/apartments", null, null, apartment("\"postalCode\":\"11226\"",
        "TRANINGSLAGENHET")).status()).isEqualTo(401);
    assertThat(count("apartment")).isEqualTo(before);
  }

  @Test
  void aRelapseReportedOverRestKeepsThePlacementAndALostContactEndsTheStep() {
    ProcessInstance pi = clientInTreatmentSince("2026-02-02");
    String caseNumber = (String) runtimeService.getVariable(pi.getId(), "caseNumber");
    String path = "/api/journeys/" + caseNumber + "/interruptions";

    problem(http.postJson(path, "lotta", "demo", "{\"cause\":\"RELAPSE\",\"date\":\"2026-01-15\"}"), 400, "date");
    problem(http.postJson(path, "lotta", "demo", "{\"cause\":\"RELAPSE\",\"date\":\"2026-04-01\"}"), 400, "date");
    problem(http.postJson(path, "lotta", "demo", "{\"cause\":\"DRUG_TEST\",\"date\":\"2026-02-20\"}"), 400, "cause");
    problem(http.postJson(path, "lotta", "demo", "{\"cause\":\"RELAPSE\",\"date\":\"2026-02-31\"}"), 400, "date");
    problem(http.postJson("/api/journeys/VK-1999-00001/interruptions", "lotta", "demo",
        "{\"cause\":\"RELAPSE\",\"date\":\"2026-02-20\"}"), 404, null);
    assertThat(http.postJson(path, "eva", "demo", "{\"cause\":\"RELAPSE\",\"date\":\"2026-02-20\"}").status())
        .as("the manager follows, she does not report").isEqualTo(403);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId())
        .activityIdIn("Timer_Review").count()).as("nothing happened yet").isOne();
    assertThat(count("relapse WHERE placement_id IN (SELECT id FROM placement WHERE journey_id = "
        + journeyId(caseNumber) + ")")).as("nothing half-stored").isZero();

    // a relapse: recorded, the placement goes on, the team gets a task to agree on support
    Response accepted = http.postJson(path, "lotta", "demo", "{\"cause\":\"RELAPSE\",\"date\":\"2026-02-20\"}");
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
    staff.runDueJobs(pi);
    JsonNode journey = http.get("/api/journeys/" + caseNumber, "kim", "demo").json();
    assertThat(journey.get("placements").get(0).get("endDate").isNull()).isTrue();
    assertThat(journey.get("relapses").get(0).get("relapseDate").asText()).isEqualTo("2026-02-20");
    assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult().getTaskDefinitionKey())
        .isEqualTo("Task_AgreeRelapseSupport");

    // contact lost: the step ends without the next starting; the next placement's gap is counted from here
    accepted = http.postJson(path, "kim", "demo", "{\"cause\":\"LOST_CONTACT\",\"date\":\"2026-02-25\"}");
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
    staff.runDueJobs(pi);
    journey = http.get("/api/journeys/" + caseNumber, "kim", "demo").json();
    JsonNode placement = journey.get("placements").get(0);
    assertThat(placement.get("endDate").asText()).isEqualTo("2026-02-25");
    assertThat(placement.get("endReason").asText()).isEqualTo("STEP_ENDED");
    assertThat(placement.get("stepEndCause").asText()).isEqualTo("LOST_CONTACT");
    assertThat(placement.get("terminationCause").isNull()).isTrue();
    assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult().getTaskDefinitionKey())
        .as("the relapse task went with the placement").isEqualTo("Task_Assessment");
    problem(http.postJson(path, "lotta", "demo", "{\"cause\":\"DISTURBANCE\",\"date\":\"2026-02-26\"}"), 400,
        "caseNumber");
  }

  private long journeyId(String caseNumber) {
    return jdbc.queryForObject("SELECT id FROM journey WHERE case_number = ?", Long.class, caseNumber);
  }

  private ProcessInstance clientInTreatmentSince(String start) {
    ProcessInstance pi = staff.start("socialsekreterare", Map.of("clientType", "NEW_IDENTIFIED",
        "personalNumber", TestPersonnummer.next(), "firstName", "Rest", "lastName", "Klient", "needs", "ADDICTION",
        "situation", "OTHER"));
    staff.complete(pi, "Task_Assessment", "case-manager", Map.of("asiDone", true, "assessmentDate", "2026-02-01"));
    staff.complete(pi, "Task_DecideInsats", "socialsekreterare",
        Map.of("decidedStep", "BEHANDLING", "place", "Behandlingshemmet Vägen ut", "startDate", start));
    staff.runDueJobs(pi);
    return pi;
  }

  private static String apartment(String postalCode, String kind) {
    return "{\"street\":\"Sveavägen 10\"," + postalCode + ",\"city\":\"Stockholm\",\"landlordName\":\"Stockholmshem\","
        + "\"kind\":\"" + kind + "\"}";
  }

  private static void problem(Response response, int status, String field) {
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/problem+json");
    if (field != null) {
      assertThat(response.body()).contains("\"field\":\"" + field + "\"");
    }
  }

  private int count(String table) {
    return jdbc.queryForObject("SELECT count(*) FROM " + table, Integer.class);
  }
}
