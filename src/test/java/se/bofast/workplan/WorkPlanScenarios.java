package se.bofast.workplan;

import static org.assertj.core.api.Assertions.assertThat;
import static se.bofast.workplan.WorkPlanTestPlans.newClient;
import static se.bofast.workplan.WorkPlanTestPlans.plan;
import static se.bofast.workplan.WorkPlanTestPlans.put;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import se.bofast.client.ClientTeam;
import se.bofast.client.TeamRole;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.bofast.client.EngineTables;
import se.bofast.support.Staff;
import se.bofast.support.TestHttp;
import se.bofast.support.TestHttp.Response;

/**
 * The work plan over /api, on whichever database the subclass runs the application: created,
 * changed with its history, refused in Swedish, read and written by the right roles.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class WorkPlanScenarios {

  static final LocalDate TODAY = LocalDate.now(WorkPlanConstants.ZONE);

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired ClientTeam team;

  TestHttp http;
  long client;
  String marker;

  @BeforeEach
  void aClient() {
    http = new TestHttp(port);
    client = newClient(http);
    // only the client's team, its tasks' roles and the enhetschef read the file (ClientAccess)
    team.assign(client, TeamRole.CASE_MANAGER, "kim", "eva");
    team.assign(client, TeamRole.BOENDELOTS, "lotta", "eva");
    team.assign(client, TeamRole.SOCIALSEKRETERARE, "sara", "eva");
    team.assign(client, TeamRole.BOSAMORDNARE, "bosse", "eva");
    marker = "AP" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void aPlanIsCreatedReadAndChangedWithWhoChangedWhatWhen(CapturedOutput output) {
    assertThat(get("lotta").status()).isEqualTo(404);
    assertThat(get("lotta").json().path("detail").asText()).isEqualTo("Klienten har ingen arbetsplan ännu.");

    Response created = put(http, client, "lotta", plan(marker, TODAY.plusDays(30), null));
    assertThat(created.status()).as(created.body()).isEqualTo(200);
    JsonNode plan = get("eva").json();
    assertThat(plan.path("clientId").asLong()).isEqualTo(client);
    assertThat(plan.path("version").asInt()).isEqualTo(1);
    assertThat(plan.path("areas")).hasSize(4);
    assertThat(plan.path("areas").get(0).path("area").asText()).isEqualTo("RENT");
    assertThat(plan.path("areas").get(0).path("label").asText()).isEqualTo("Hyran är viktigast");
    assertThat(plan.path("areas").get(0).path("goal").asText()).contains(marker);
    assertThat(plan.path("areas").get(0).path("actions").get(0).path("who").asText()).isEqualTo("Lotta Bergström");
    assertThat(plan.path("areas").get(0).path("actions").get(1).path("who").asText()).isEqualTo("Klienten");
    assertThat(plan.path("areas").get(2).path("actions").get(0).path("who").asText()).isEqualTo("Beroendevården");
    assertThat(plan.path("rentDebtContact").path("userId").asText()).isEqualTo("sara");
    assertThat(plan.path("rentDebtContact").path("name").asText()).isEqualTo("Sara Nyström");
    assertThat(plan.path("followUpOn").asText()).isEqualTo(TODAY.plusDays(30).toString());
    assertThat(plan.path("updatedBy").path("userId").asText()).isEqualTo("lotta");
    assertThat(plan.path("history").get(0).path("changes").get(0).asText()).isEqualTo("Arbetsplanen upprättad");

    ProcessInstance followup = followup();
    assertThat(Staff.localDate(timer(followup).getDuedate())).isEqualTo(TODAY.plusDays(30));

    String changed = plan(marker, TODAY.plusDays(10), 1).replace("Lugnt i trapphuset", "Inga klagomål från grannarna");
    Response second = put(http, client, "sara", changed);
    assertThat(second.status()).as(second.body()).isEqualTo(200);
    assertThat(second.json().path("version").asInt()).isEqualTo(2);
    JsonNode last = second.json().path("history").get(1);
    assertThat(last.path("changedBy").path("name").asText()).isEqualTo("Sara Nyström");
    assertThat(last.path("changedAt").asText()).isNotBlank();
    assertThat(last.path("changes")).extracting(JsonNode::asText).containsExactly(
        "Mål: ”Jag ska kunna ha klienten som granne”", "Uppföljningsdatum " + TODAY.plusDays(10));
    // the changed date moved the waiting timer of the same follow-up process
    assertThat(followup().getId()).isEqualTo(followup.getId());
    assertThat(Staff.localDate(timer(followup).getDuedate())).isEqualTo(TODAY.plusDays(10));

    // a save over a version the writer did not read is refused, and nothing changes
    Response stale = put(http, client, "lotta", plan(marker, TODAY.plusDays(20), 1));
    assertThat(stale.status()).isEqualTo(409);
    assertThat(get("lotta").json().path("version").asInt()).isEqualTo(2);

    // the plan's text is in the module's tables only: not in the engine, not in the log
    for (String table : EngineTables.names(jdbc)) {
      assertThat(EngineTables.holding(jdbc, table, marker)).as(table).isZero();
    }
    assertThat(output.getAll()).doesNotContain(marker);
  }

  @Test
  void badInputIsRefusedInSwedishNamingEachFaultAndNothingIsStored() {
    long versionsBefore = count("work_plan_version");
    String bad = "{\"areas\":["
        + "{\"area\":\"RENT\",\"goal\":\"  \",\"actions\":[{\"what\":\"\",\"responsibleKind\":\"STAFF\",\"responsible\":\"intake\"}]},"
        + "{\"area\":\"RENT\",\"goal\":\"Två gånger\"},"
        + "{\"area\":\"TREATMENT\",\"goal\":\"Mål\\u001b\",\"actions\":[{\"what\":\"Ring\",\"responsibleKind\":\"ROLE\",\"responsible\":\"CHEF\"},"
        + "{\"what\":\"Handla\",\"responsibleKind\":\"CLIENT\",\"responsible\":\"kim\"}]}],"
        + "\"rentDebtContact\":{\"userId\":\"lotta\"},\"followUpOn\":\"" + TODAY.minusDays(1) + "\"}";
    Response refused = put(http, client, "kim", bad);
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.contentType()).contains("application/problem+json");
    List<String> fields = new ArrayList<>();
    refused.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
    assertThat(fields).contains("areas[0].goal", "areas[0].actions[0].what", "areas[0].actions[0].responsible",
        "areas[1].area", "areas[2].goal", "areas[2].actions[0].responsible", "areas[2].actions[1].responsible",
        "areas", "rentDebtContact.userId", "followUpOn");
    assertThat(refused.json().path("errors").findValuesAsText("message")).contains(
        "Skriv målet för Hyran är viktigast.", "Användaren finns inte eller är inte socialsekreterare.",
        "Uppföljningsdatumet får inte ha passerat.", "Livsområdet Hyreslagen gäller (TENANCY_LAW) saknas i planen.");
    assertThat(put(http, client, "kim", "{\"areas\":[],\"followUpOn\":\"idag\"}").status()).isEqualTo(400);
    assertThat(put(http, client, "kim", "{\"areas\":[{\"area\":\"RENT\",\"goal\":\"x\",\"extra\":1}]}").status())
        .isEqualTo(400);
    assertThat(count("work_plan_version")).isEqualTo(versionsBefore);
    assertThat(get("kim").status()).isEqualTo(404);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(WorkPlanConstants.PROCESS_FOLLOWUP)
        .variableValueEquals("clientId", client).count()).isZero();
  }

  @Test
  void theTeamsRolesWriteTheEnhetschefReadsOthersAreRefused() {
    assertThat(put(http, client, "bosse", plan(marker, TODAY.plusDays(5), null)).status()).isEqualTo(200);
    assertThat(get("kim").status()).isEqualTo(200);
    assertThat(get("sara").status()).isEqualTo(200);
    assertThat(get("eva").status()).isEqualTo(200);
    assertThat(put(http, client, "eva", plan(marker, TODAY.plusDays(5), 1)).status()).isEqualTo(403);
    assertThat(get("admin").status()).isEqualTo(403);
    assertThat(get("intake").status()).isEqualTo(403);
    assertThat(put(http, client, "intake", plan(marker, TODAY.plusDays(5), 1)).status()).isEqualTo(403);
    assertThat(http.get("/api/clients/" + client + "/work-plan", null, null).status()).isEqualTo(401);
    // the page's choices: every staff member with name and groups, for any role that reads plans
    Response staff = http.get("/api/work-plans/staff", "lotta", "demo");
    assertThat(staff.status()).isEqualTo(200);
    assertThat(staff.json().findValuesAsText("userId")).contains("kim", "lotta", "bosse", "sara")
        .doesNotContain("eva", "admin", "intake");
    JsonNode sara = null;
    for (JsonNode member : staff.json()) {
      sara = "sara".equals(member.path("userId").asText()) ? member : sara;
    }
    assertThat(sara.path("name").asText()).isEqualTo("Sara Nyström");
    assertThat(sara.path("groups")).extracting(JsonNode::asText).containsExactly("socialsekreterare");
    assertThat(http.get("/api/work-plans/staff", "intake", "demo").status()).isEqualTo(403);
    Response unknown = http.get("/api/clients/999999998/work-plan", "kim", "demo");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().path("detail").asText()).startsWith("Klienten finns inte");
    assertThat(put(http, 999_999_998L, "kim", plan(marker, TODAY.plusDays(5), null)).status()).isEqualTo(404);
  }

  private Response get(String user) {
    return http.get("/api/clients/" + client + "/work-plan", user, "demo");
  }

  private ProcessInstance followup() {
    return runtime.createProcessInstanceQuery().processDefinitionKey(WorkPlanConstants.PROCESS_FOLLOWUP)
        .variableValueEquals("clientId", client).singleResult();
  }

  private Job timer(ProcessInstance pi) {
    return management.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
  }

  private long count(String table) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
  }
}
