package se.bofast.platform.process.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.bofast.support.AppTest;
import java.util.List;
import se.bofast.support.TestHttp;

/**
 * The ways a staff member could write into a case other than the task's own form, and the
 * form itself as Tasklist sends it: kim's outreach contact with another client's journeyId
 * (the attack that was found), the same through Tasklist's own API, variables set directly,
 * messages, a start without the form's fields.
 */
@AppTest
class EngineWritePathsTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;

  TestHttp http;
  FormTargets targets;

  @BeforeEach
  void setUp() {
    http = new TestHttp(port);
    targets = new FormTargets(engine, http, jdbc);
  }

  private String unidentified(String alias) {
    TestHttp.Response started = http.postJson("/engine-rest/process-definition/key/client-journey/submit-form", "kim",
        "demo", "{\"variables\":{\"clientType\":{\"value\":\"UNIDENTIFIED\"},\"alias\":{\"value\":\"" + alias + "\"},"
            + "\"needs\":{\"value\":\"ADDICTION\"},\"situation\":{\"value\":\"STREET\"}}}");
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    return started.json().get("id").asText();
  }

  private Task outreachTask(String processInstanceId) {
    return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey("Task_OutreachContact").singleResult();
  }

  private long journeyOf(String processInstanceId) {
    return ((Number) engine.getRuntimeService().getVariable(processInstanceId, "journeyId")).longValue();
  }

  private long outreachContacts(long journeyId) {
    return jdbc.queryForObject("SELECT count(*) FROM outreach_contact WHERE journey_id = ?", Long.class, journeyId);
  }

  /** The outreach form as Tasklist submits it: read-only fields with their values, untouched texts empty. */
  private String outreachForm(String processInstanceId, String extra) {
    Task task = outreachTask(processInstanceId);
    Map<String, Object> local = engine.getTaskService().getVariablesLocal(task.getId());
    return "{\"variables\":{\"caseNumber\":{\"value\":\"" + local.get("caseNumber") + "\"},"
        + "\"clientDisplayName\":{\"value\":\"" + local.get("clientDisplayName") + "\"},"
        + "\"contactDate\":{\"value\":\"" + java.time.LocalDate.now() + "\"},\"met\":{\"value\":true},"
        + "\"personalNumber\":{\"value\":\"\"},\"firstName\":{\"value\":\"\"},\"lastName\":{\"value\":\"\"},"
        + "\"outreachOutcome\":{\"value\":\"CONTINUE\"}" + extra + "}}";
  }

  @Test
  void kimCannotRecordAnOutreachContactOnAnotherClientsJourneyButHisOwnFormWorks() {
    String victim = unidentified("Sjömannen");
    String own = unidentified("Fiskaren");
    long victimJourney = journeyOf(victim);
    long ownJourney = journeyOf(own);
    String victimCase = (String) engine.getRuntimeService().getVariable(victim, "caseNumber");
    String task = outreachTask(own).getId();

    TestHttp.Response forged = http.postJson("/engine-rest/task/" + task + "/submit-form", "kim", "demo",
        outreachForm(own, ",\"journeyId\":{\"value\":" + victimJourney + ",\"type\":\"Long\"}"));
    assertThat(forged.status()).as(forged.body()).isEqualTo(400);
    assertThat(forged.json().get("message").asText()).contains("journeyId").contains("processen");
    TestHttp.Response caseNumber = http.postJson("/engine-rest/task/" + task + "/submit-form", "kim", "demo",
        outreachForm(own, "").replace((String) engine.getTaskService().getVariableLocal(task, "caseNumber"), victimCase));
    assertThat(caseNumber.status()).as(caseNumber.body()).isEqualTo(400);
    assertThat(caseNumber.json().get("message").asText()).isEqualTo("\"Ärende\" kan inte ändras i formuläret.");
    TestHttp.Response completed = http.postJson("/engine-rest/task/" + task + "/complete", "kim", "demo",
        outreachForm(own, ",\"journeyId\":{\"value\":" + victimJourney + "}"));
    assertThat(completed.status()).as(completed.body()).isEqualTo(400);
    assertThat(outreachContacts(victimJourney)).isZero();
    assertThat(outreachContacts(ownJourney)).isZero();
    assertThat(journeyOf(own)).isEqualTo(ownJourney);

    TestHttp.Response valid = http.postJson("/engine-rest/task/" + task + "/submit-form", "kim", "demo",
        outreachForm(own, ""));
    assertThat(valid.status()).as(valid.body()).isEqualTo(204);
    assertThat(outreachContacts(ownJourney)).isOne();
    assertThat(outreachContacts(victimJourney)).isZero();
    assertThat(engine.getRuntimeService().getVariable(own, "caseNumber")).isNotEqualTo(victimCase);
    assertThat(jdbc.queryForObject("SELECT count(*) FROM journey WHERE process_instance_id = ?", Long.class, own))
        .as("one journey per instance").isOne();
  }

  /**
   * A number declared as a String is not a text (the engine would turn it into one), and a
   * task a colleague has completed answers with a Swedish 4xx, not a server error.
   */
  @Test
  void aNumberDeclaredAsTextIsRefusedAndACompletedTaskAnswersInSwedish() {
    String own = unidentified("Lotsen");
    long ownJourney = journeyOf(own);
    String task = outreachTask(own).getId();

    TestHttp.Response number = http.postJson("/engine-rest/task/" + task + "/submit-form", "kim", "demo",
        outreachForm(own, ",\"journalText\":{\"value\":-1306577374,\"type\":\"String\"}"));
    assertThat(number.status()).as(number.body()).isEqualTo(400);
    assertThat(number.json().get("message").asText()).isEqualTo("\"journalText\" ska vara en text.");
    assertThat(outreachContacts(ownJourney)).isZero();

    String form = outreachForm(own, "");
    TestHttp.Response valid = http.postJson("/engine-rest/task/" + task + "/submit-form", "kim", "demo", form);
    assertThat(valid.status()).as(valid.body()).isEqualTo(204);
    for (String path : List.of("/submit-form", "/complete")) {
      TestHttp.Response again = http.postJson("/engine-rest/task/" + task + path, "kim", "demo", form);
      assertThat(again.status()).as(path + " " + again.body()).isEqualTo(404);
      assertThat(again.json().get("message").asText()).as(path)
          .isEqualTo("Uppgiften finns inte längre: den kan redan vara slutförd. Uppdatera uppgiftslistan.");
    }
    assertThat(outreachContacts(ownJourney)).isOne();
  }

  @Test
  void tasklistShowsTheSwedishMessageWithoutTheEnginesPrefix() {
    String own = unidentified("Tasklistaren");
    String task = outreachTask(own).getId();
    TestHttp.Session tasklist = http.webappSession("tasklist", "kim", "demo");
    assertThat(tasklist.get("/camunda/api/engine/engine/default/task/" + task).status()).isEqualTo(200);
    TestHttp.Response answer = tasklist.postJson("/camunda/api/engine/engine/default/task/" + task + "/submit-form",
        outreachForm(own, ",\"clientId\":{\"value\":1}"));
    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertThat(answer.json().get("message").asText())
        .isEqualTo("\"clientId\" sätts av processen och kan inte skickas med formuläret.");
    TestHttp.Response nul = tasklist.postJson("/camunda/api/engine/engine/default/task/" + task + "/submit-form",
        outreachForm(own, "").replace("\"lastName\":{\"value\":\"\"}", "\"lastName\":{\"value\":\"Berg\\u0000\"}"));
    assertThat(nul.status()).as(nul.body()).isEqualTo(400);
    assertThat(nul.json().get("message").asText()).isEqualTo("\"Efternamn\" innehåller otillåtna tecken (styrtecken).");
  }

  @ParameterizedTest(name = "{0} starting eviction-prevention without the form's fields: 400")
  @CsvSource({"bosse", "admin"})
  void aStartWithoutTheFormsFieldsIsRefused(String user) {
    long instances = engine.getRuntimeService().createProcessInstanceQuery().count();
    TestHttp.Response answer = http.postJson("/engine-rest/process-definition/key/eviction-prevention/start", user,
        "demo", "{}");
    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertThat(answer.json().get("message").asText()).as("the Swedish message only")
        .isEqualTo("\"Källa\" måste fyllas i.");
    TestHttp.Response forged = http.postJson("/engine-rest/process-definition/key/eviction-prevention/start", user,
        "demo", "{\"variables\":{\"evictionCaseId\":{\"value\":1}}}");
    assertThat(forged.status()).as(forged.body()).isEqualTo(400);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(instances);
  }

  @Test
  void staffCannotSetVariablesCorrelateMessagesOrThrowErrorsDirectly() {
    String own = unidentified("Direktören");
    String victim = unidentified("Offret");
    String task = outreachTask(own).getId();
    Map<String, Object> before = targets.variables(own);
    long instances = engine.getRuntimeService().createProcessInstanceQuery().count();
    String journey = "{\"value\":" + journeyOf(victim) + ",\"type\":\"Long\"}";

    assertThat(http.send(http.at("/engine-rest/task/" + task + "/variables/journeyId")
        .header("Content-Type", "application/json").PUT(java.net.http.HttpRequest.BodyPublishers.ofString(journey)),
        "kim", "demo").status()).isEqualTo(403);
    assertThat(http.send(http.at("/engine-rest/task/" + task + "/localVariables/journeyId")
        .header("Content-Type", "application/json").PUT(java.net.http.HttpRequest.BodyPublishers.ofString(journey)),
        "kim", "demo").status()).isEqualTo(403);
    assertThat(http.postJson("/engine-rest/task/" + task + "/variables", "kim", "demo",
        "{\"modifications\":{\"journeyId\":" + journey + "}}").status()).isEqualTo(403);
    assertThat(http.send(http.at("/engine-rest/task/" + task + "/variables/journeyId").DELETE(), "kim", "demo").status())
        .isEqualTo(403);
    assertThat(http.postJson("/engine-rest/task/" + task + "/bpmnError", "kim", "demo",
        "{\"errorCode\":\"x\",\"variables\":{\"journeyId\":" + journey + "}}").status()).isEqualTo(403);
    TestHttp.Response message = http.postJson("/engine-rest/message", "bosse", "demo",
        "{\"messageName\":\"EvictionSignalOpened\",\"processVariables\":{\"evictionCaseId\":{\"value\":1}}}");
    assertThat(message.status()).as(message.body()).isEqualTo(403);
    assertThat(message.json().get("message").asText()).contains("formulär");

    assertThat(targets.variables(own)).isEqualTo(before);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(instances);
  }
}
