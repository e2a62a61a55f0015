package se.bofast.platform.process.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.bofast.platform.process.forms.FormTargets.Target;
import se.bofast.support.AppTest;
import se.bofast.support.TestHttp;

/**
 * Every form of every process, through the engine's REST API as the staff member whose task
 * or start form it is: ids and everything else the process set cannot be sent with a form,
 * nor unknown variables, Java-serialized objects, control characters, overlong texts,
 * absurd numbers or dates. Each refusal is a 400 with the engine's error shape and a Swedish
 * message; nothing is stored (row counts of every table, the variables of the instance and of
 * another client's instance unchanged), and the task is still there to be done properly.
 */
@AppTest
class FormSubmissionApiTest {

  /** A Java-serialized java.util.HashMap (empty), as an attacker would send it. */
  static final String SERIALIZED_MAP = "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRo"
      + "cmVzaG9sZHhwP0AAAAAAAAB3CAAAABAAAAAAeA==";

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

  @Test
  void everyFormOfEveryProcessRefusesForgedIdsAndBadValuesAndStoresNothing() {
    List<Target> all = targets.all();
    assertThat(all).extracting(Target::formId).as("the deployment's forms")
        .contains("journey-outreach-contact", "eviction-contact", "care-plan-plan", "landlord-keep-in-touch",
            "steering-report-review", "followup-assessment", "journey-start", "eviction-start", "care-plan-start");
    Map<String, String> victims = new LinkedHashMap<>();
    int refused = 0;
    for (Target target : all) {
      JsonNode form = targets.form(target);
      String victim = target.start() ? null
          : victims.computeIfAbsent(target.processKey(), key -> targets.instance(target));
      String attacker = target.start() ? null : targets.instance(target);
      Task task = target.start() ? null : targets.task(target, attacker);
      Map<String, Object> victimBefore = victim == null ? Map.of() : targets.variables(victim);
      Map<String, Object> attackerBefore = attacker == null ? Map.of() : targets.variables(attacker);
      Map<String, Long> rowsBefore = targets.rowCounts();

      ObjectNode valid = validValues(form);
      for (Map.Entry<String, ObjectNode> attack : attacks(target, form, victim, attacker).entrySet()) {
        ObjectNode body = attack.getValue();
        ObjectNode variables = valid.deepCopy();
        variables.setAll((ObjectNode) body.get("variables"));
        body.set("variables", variables);
        TestHttp.Response answer = submit(target, task, body);
        assertThat(answer.status()).as(target + ": " + attack.getKey() + " -> " + answer.body()).isEqualTo(400);
        assertThat(answer.contentType()).as(target + ": " + attack.getKey()).contains("application/json");
        assertThat(answer.json().path("type").asText()).as(target + ": " + attack.getKey()).isNotEmpty();
        assertThat(answer.json().path("message").asText()).as(target + ": " + attack.getKey())
            .doesNotContain("ENGINE-", "Exception", "SQL", "måste fyllas i").isNotBlank();
        refused++;
      }
      assertThat(targets.rowCounts()).as(target + ": nothing stored").isEqualTo(rowsBefore);
      if (victim != null) {
        assertThat(targets.variables(victim)).as(target + ": the other client's case").isEqualTo(victimBefore);
        assertThat(targets.variables(attacker)).as(target + ": the task's own case").isEqualTo(attackerBefore);
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isOne();
      }
    }
    System.out.printf("FormSubmissionApiTest: %d forms, %d forged or malformed submissions, all 400%n", all.size(),
        refused);
    assertThat(refused).as("refused submissions").isGreaterThan(all.size() * 8);
  }

  /** The attacks on one form, by name: each must be refused. */
  private Map<String, ObjectNode> attacks(Target target, JsonNode form, String victim, String attacker) {
    Map<String, ObjectNode> attacks = new LinkedHashMap<>();
    List<JsonNode> fields = FormTargets.fields(form);
    Set<String> editable = new java.util.HashSet<>();
    for (JsonNode field : fields) {
      if (!field.path("readonly").asBoolean(false) && !field.path("disabled").asBoolean(false)) {
        editable.add(field.path("key").asText());
      }
    }
    // ids and everything else the process set, with the other client's values where it has them
    if (attacker != null) {
      Map<String, Object> theirs = victim == null ? Map.of() : engine.getRuntimeService().getVariables(victim);
      for (Map.Entry<String, Object> variable : engine.getRuntimeService().getVariables(attacker).entrySet()) {
        String name = variable.getKey();
        if (editable.contains(name)) {
          continue;
        }
        Object forged = theirs.get(name);
        if (forged == null || forged.equals(variable.getValue()) || !(forged instanceof String || forged instanceof Number
            || forged instanceof Boolean)) {
          forged = variable.getValue() instanceof Number n ? n.longValue() + 1 : "forged";
        }
        attacks.put("overwrite " + name, body(name, forged));
      }
    }
    for (String id : List.of("journeyId", "clientId", "evictionCaseId", "carePlanId", "partnerId", "caseNumber")) {
      attacks.putIfAbsent("overwrite " + id, body(id, id.equals("caseNumber") ? "VK-2026-99999" : (Object) 1L));
    }
    attacks.put("unknown variable", body("somethingElse", "x"));
    attacks.put("5000-character name", body("n".repeat(5000), "x"));
    attacks.put("name with NUL", body("a\u0000b", "x"));
    attacks.put("120 KB extra variable", body("extra", "x".repeat(120 * 1024)));
    for (JsonNode field : fields) {
      String key = field.path("key").asText();
      String type = field.path("type").asText();
      ObjectNode serialized = FormTargets.JSON.createObjectNode();
      serialized.put("type", "Object").put("value", SERIALIZED_MAP);
      serialized.putObject("valueInfo").put("objectTypeName", "java.util.HashMap")
          .put("serializationDataFormat", "application/x-java-serialized-object");
      attacks.put(key + " as a Java-serialized object", wrap(key, serialized));
      attacks.put(key + " as a JSON object", bodyNode(key, FormTargets.JSON.createObjectNode().put("a", 1)));
      if (!editable.contains(key)) {
        attacks.put("change read-only " + key, body(key, "ändrad"));
        continue;
      }
      switch (type) {
        case "textfield", "textarea" -> {
          attacks.put(key + " with NUL", body(key, "Anna\u0000Berg"));
          attacks.put(key + " with ESC", body(key, "Anna\u001B[31m"));
          attacks.put(key + " with right-to-left override", body(key, "Anna\u202EgreB"));
          attacks.put(key + " of 5000 characters", body(key, "x".repeat(5000)));
          attacks.put(key + " of 120 KB", body(key, "x".repeat(120 * 1024)));
          attacks.put(key + " as a number", body(key, 12));
        }
        case "number" -> {
          attacks.put(key + " = 1e20", bodyNode(key, FormTargets.JSON.getNodeFactory().numberNode(1e20)));
          attacks.put(key + " = -1e20", bodyNode(key, FormTargets.JSON.getNodeFactory().numberNode(-1e20)));
          attacks.put(key + " as text", body(key, "tolv"));
        }
        case "datetime" -> {
          attacks.put(key + " in year 999999999", body(key, "+999999999-01-01"));
          attacks.put(key + " in year -1", body(key, "-0001-01-01"));
          attacks.put(key + " not a date", body(key, "5/4/2026"));
          attacks.put(key + " as a number", body(key, 20260101));
        }
        case "checkbox" -> attacks.put(key + " as text", body(key, "kanske"));
        case "radio", "select" -> {
          attacks.put(key + " not one of its values", body(key, "' OR 1=1 --"));
          attacks.put(key + " as an ordinal", body(key, 1));
        }
        default -> attacks.put(key + " of 120 KB", body(key, "x".repeat(120 * 1024)));
      }
    }
    if (target.start()) {
      attacks.put("a business key of 300 characters", bodyWithBusinessKey("VK-" + "9".repeat(297)));
      attacks.put("a business key with NUL", bodyWithBusinessKey("VK-2026\u00001"));
    }
    return attacks;
  }

  /** Values for the form's required fields that the form accepts, so that each attack is refused for itself. */
  static ObjectNode validValues(JsonNode form) {
    ObjectNode variables = FormTargets.JSON.createObjectNode();
    for (JsonNode field : FormTargets.fields(form)) {
      if (!field.path("validate").path("required").asBoolean(false) || field.path("readonly").asBoolean(false)) {
        continue;
      }
      String key = field.path("key").asText();
      switch (field.path("type").asText()) {
        case "number" -> variables.set(key, value(field.path("validate").path("min").asInt(0)));
        case "checkbox" -> variables.set(key, value(true));
        case "datetime" -> variables.set(key, value(java.time.LocalDate.now().toString()));
        case "radio", "select" -> variables.set(key, value(field.path("values").get(0).path("value").asText()));
        default -> variables.set(key, value("Test"));
      }
    }
    return variables;
  }

  static ObjectNode value(Object value) {
    ObjectNode wrapped = FormTargets.JSON.createObjectNode();
    wrapped.set("value", FormTargets.JSON.valueToTree(value));
    return wrapped;
  }

  private TestHttp.Response submit(Target target, Task task, ObjectNode body) {
    String path = target.start()
        ? "/engine-rest/process-definition/" + target.definitionId() + "/submit-form"
        : "/engine-rest/task/" + task.getId() + "/submit-form";
    return http.postJson(path, target.user(), "demo", body.toString());
  }

  static ObjectNode body(String name, Object value) {
    ObjectNode wrapped = FormTargets.JSON.createObjectNode();
    wrapped.set("value", FormTargets.JSON.valueToTree(value));
    return wrap(name, wrapped);
  }

  static ObjectNode bodyNode(String name, JsonNode value) {
    ObjectNode wrapped = FormTargets.JSON.createObjectNode();
    wrapped.set("value", value);
    return wrap(name, wrapped);
  }

  static ObjectNode wrap(String name, ObjectNode value) {
    ObjectNode body = FormTargets.JSON.createObjectNode();
    body.putObject("variables").set(name, value);
    return body;
  }

  private static ObjectNode bodyWithBusinessKey(String businessKey) {
    ObjectNode body = FormTargets.JSON.createObjectNode();
    body.putObject("variables");
    body.put("businessKey", businessKey);
    return body;
  }

  static List<String> names(Map<String, ?> map) {
    return new ArrayList<>(map.keySet());
  }
}
