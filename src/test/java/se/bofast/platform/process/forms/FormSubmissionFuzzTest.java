package se.bofast.platform.process.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.bofast.platform.process.forms.FormTargets.Target;
import se.bofast.support.AppTest;
import se.bofast.support.TestHttp;

/**
 * A generated corpus of malformed submissions for every form of every process, sent through
 * the engine's REST API (submit-form and complete for tasks, submit-form and start for start
 * forms) as the staff member whose form it is. Each submission starts from values the form
 * accepts and breaks one to three of them: wrong types, typed values of every engine type,
 * huge and control-character texts, injection strings, numbers and dates at and beyond their
 * ranges, unknown and malformed names, Java-serialized objects, broken JSON. Every answer must
 * be a 4xx with the engine's error JSON, never a 5xx and never an acceptance, and nothing may
 * be stored (row counts of every table before and after each form's batch). The seed is fixed
 * (override with -Dbofast.fuzz.seed=...) so a failure can be replayed.
 */
@AppTest
class FormSubmissionFuzzTest {

  static final int CASES_PER_FORM = 16;

  static final List<String> INJECTIONS = List.of("' OR '1'='1' --", "'; DROP TABLE journey; --", "${7*7}",
      "#{runtimeService.getClass()}", "${''.getClass().forName('java.lang.Runtime')}", "<script>alert(1)</script>",
      "../../../../etc/passwd", "%00", "\u0000", "\u001B[2J", "\u202Eevil", "\uD800", "\uFEFFx", "{{7*7}}",
      "=now()", "null", "NaN", "Infinity", "-0", "1e309", "0x10", "\r\n\tX-Injected: 1");
  static final List<String> BAD_DATES = List.of("+999999999-01-01", "-999999999-01-01", "0000-00-00",
      "2026-02-30", "2026-13-01", "1899-12-31", "2101-01-01", "26-01-01", "2026-01-01T25:00", "2026/01/01",
      "1.1.2026", "", "2026-01-01T00:00:00+25:00");
  static final List<String> TYPES = List.of("String", "Integer", "Long", "Short", "Double", "Boolean", "Date",
      "Null", "Object", "Json", "Xml", "Bytes", "File", "Foo", "");

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;

  @Test
  void malformedSubmissionsOfEveryFormAreRefusedWithoutA5xxAndStoreNothing() {
    long seed = Long.getLong("bofast.fuzz.seed", 20261130L);
    Random random = new Random(seed);
    TestHttp http = new TestHttp(port);
    FormTargets targets = new FormTargets(engine, http, jdbc);
    Map<Integer, Integer> answers = new TreeMap<>();
    int sent = 0;
    List<String> failures = new java.util.ArrayList<>();
    for (Target target : targets.all()) {
      JsonNode form = targets.form(target);
      List<JsonNode> fields = FormTargets.fields(form);
      Task task = target.start() ? null : targets.task(target, targets.instance(target));
      Map<String, Long> rowsBefore = targets.rowCounts();
      for (int i = 0; i < CASES_PER_FORM; i++) {
        String body = random.nextInt(20) == 0 ? brokenJson(random) : submission(random, form, fields).toString();
        String path = path(target, task, random.nextBoolean());
        TestHttp.Response answer = http.postJson(path, target.user(), "demo", body);
        sent++;
        answers.merge(answer.status(), 1, Integer::sum);
        String what = "seed " + seed + ", " + target + ", POST " + path + " " + abbreviate(body) + " -> "
            + answer.status() + " " + abbreviate(answer.body());
        if (answer.status() < 400 || answer.status() > 499 || !isEngineError(answer)) {
          failures.add(what);
        }
      }
      assertThat(targets.rowCounts()).as("seed " + seed + ", " + target + ": nothing stored").isEqualTo(rowsBefore);
    }
    System.out.printf("FormSubmissionFuzzTest: seed %d, %d submissions, answers %s%n", seed, sent, answers);
    assertThat(failures).as("answers that are not a 4xx with the engine's error JSON").isEmpty();
    assertThat(sent).isGreaterThanOrEqualTo(targets.all().size() * CASES_PER_FORM);
  }

  /** The engine REST API's error shape: JSON with a type and a message. */
  static boolean isEngineError(TestHttp.Response answer) {
    try {
      return answer.contentType().contains("application/json") && answer.json().path("type").isTextual()
          && answer.json().path("message").isTextual();
    } catch (RuntimeException notJson) {
      return false;
    }
  }

  private static String path(Target target, Task task, boolean alternative) {
    if (target.start()) {
      return "/engine-rest/process-definition/" + target.definitionId() + (alternative ? "/start" : "/submit-form");
    }
    return "/engine-rest/task/" + task.getId() + (alternative ? "/complete" : "/submit-form");
  }

  /** Values the form accepts, then one to three of them broken. */
  private static ObjectNode submission(Random random, JsonNode form, List<JsonNode> fields) {
    ObjectNode variables = FormSubmissionApiTest.validValues(form);
    int breaks = 1 + random.nextInt(3);
    for (int b = 0; b < breaks; b++) {
      int choice = random.nextInt(10);
      if (choice == 0 || fields.isEmpty()) {
        variables.set(randomName(random), wrapped(random, badValue(random, null)));
      } else {
        JsonNode field = fields.get(random.nextInt(fields.size()));
        variables.set(field.path("key").asText(), wrapped(random, badValue(random, field)));
      }
    }
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.set("variables", variables);
    if (random.nextInt(15) == 0) {
      body.put("businessKey", INJECTIONS.get(random.nextInt(INJECTIONS.size())));
    }
    return body;
  }

  /** A value the field refuses: of another type, out of range, too long, with control characters. */
  private static JsonNode badValue(Random random, JsonNode field) {
    JsonNodeFactory json = JsonNodeFactory.instance;
    String type = field == null ? "unknown" : field.path("type").asText();
    boolean readonly = field != null && (field.path("readonly").asBoolean(false) || field.path("disabled").asBoolean(false));
    int kind = random.nextInt(6);
    if (readonly) {
      return json.textNode("ändrad " + random.nextInt(1000));
    }
    if (kind == 0) {
      ObjectNode object = json.objectNode().put("a", random.nextInt());
      return random.nextBoolean() ? object : json.arrayNode().add(1).add("x");
    }
    if (kind == 1) {
      return json.textNode(hugeOrControl(random));
    }
    return switch (type) {
      case "number" -> switch (random.nextInt(5)) {
        case 0 -> json.numberNode(random.nextBoolean() ? 1e20 : -1e20);
        case 1 -> json.numberNode(new java.math.BigInteger("9".repeat(30)));
        case 2 -> json.numberNode(Double.MAX_VALUE);
        case 3 -> json.booleanNode(true);
        default -> json.textNode(INJECTIONS.get(random.nextInt(INJECTIONS.size())));
      };
      case "datetime" -> random.nextBoolean() ? json.textNode(BAD_DATES.get(random.nextInt(BAD_DATES.size() - 1)))
          : json.numberNode(random.nextLong());
      case "checkbox" -> json.textNode(random.nextBoolean() ? "ja" : INJECTIONS.get(random.nextInt(INJECTIONS.size())));
      case "radio", "select" -> random.nextBoolean() ? json.numberNode(random.nextInt(5))
          : json.textNode(INJECTIONS.get(random.nextInt(INJECTIONS.size())));
      case "textfield", "textarea" -> random.nextBoolean() ? json.numberNode(random.nextInt())
          : json.textNode(INJECTIONS.get(random.nextInt(INJECTIONS.size())) + "\u0000");
      default -> json.textNode(INJECTIONS.get(random.nextInt(INJECTIONS.size())));
    };
  }

  private static String hugeOrControl(Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> "x".repeat(5000 + random.nextInt(130_000));
      case 1 -> "Anna" + (char) random.nextInt(32) + "Berg" + "\u0000";
      case 2 -> "Anna\u202EgreB\u0007";
      default -> "\uDC00" + "y".repeat(random.nextInt(300) + 300);
    };
  }

  /** The value as the REST API takes it: untyped, or with a type (also a wrong or unknown one). */
  private static ObjectNode wrapped(Random random, JsonNode value) {
    ObjectNode wrapped = JsonNodeFactory.instance.objectNode();
    wrapped.set("value", value);
    if (random.nextInt(3) == 0) {
      String type = TYPES.get(random.nextInt(TYPES.size()));
      wrapped.put("type", type);
      if (type.equals("Object")) {
        wrapped.put("value", random.nextBoolean() ? FormSubmissionApiTest.SERIALIZED_MAP : "{\"a\":1}");
        wrapped.putObject("valueInfo").put("objectTypeName", random.nextBoolean() ? "java.util.HashMap"
            : "java.lang.ProcessBuilder").put("serializationDataFormat", random.nextBoolean()
            ? "application/x-java-serialized-object" : "application/json");
      }
    }
    return wrapped;
  }

  private static String randomName(Random random) {
    return switch (random.nextInt(5)) {
      case 0 -> "n".repeat(65 + random.nextInt(5000));
      case 1 -> "journeyId";
      case 2 -> "fält med mellanslag";
      case 3 -> "";
      default -> "x" + random.nextInt(1000) + "\u0000";
    };
  }

  private static String brokenJson(Random random) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode().add(1);
    return switch (random.nextInt(5)) {
      case 0 -> "{\"variables\":{\"a\":{\"value\":";
      case 1 -> array.toString();
      case 2 -> "{\"variables\":[1,2,3]}";
      case 3 -> "{\"variables\":{\"a\":\"not wrapped\"}}";
      default -> "\"just a string\"";
    };
  }

  private static String abbreviate(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "… (" + text.length() + " chars)" : text;
  }
}
