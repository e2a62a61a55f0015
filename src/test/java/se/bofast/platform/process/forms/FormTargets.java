package se.bofast.platform.process.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.jdbc.core.JdbcTemplate;
import se.bofast.platform.ModelDeployment;
import se.bofast.support.Staff;
import se.bofast.support.TestHttp;
import se.bofast.support.TestPersonnummer;

/**
 * Every form of every process in the application's deployment, read from the deployment
 * itself (a new form or process is covered without touching the tests), and a live task for
 * each, in a process instance that holds real ids where the application can make one: a
 * journey from kim's start form, an eviction case from a signal, a SIP from the start form, a
 * landlord from the partner register; other processes are instantiated at the task.
 */
final class FormTargets {

  static final ObjectMapper JSON = new ObjectMapper();

  /** A form to submit: a process's start form, or a user task's form. */
  record Target(String processKey, String definitionId, String activityId, String formId, String group, boolean start) {

    String user() {
      return Staff.USER_OF_GROUP.getOrDefault(group, "admin");
    }

    @Override
    public String toString() {
      return processKey + "/" + activityId + " (" + formId + ", " + user() + ")";
    }
  }

  private final ProcessEngine engine;
  private final TestHttp http;
  private final JdbcTemplate jdbc;

  FormTargets(ProcessEngine engine, TestHttp http, JdbcTemplate jdbc) {
    this.engine = engine;
    this.http = http;
    this.jdbc = jdbc;
  }

  List<Target> all() {
    List<Target> targets = new ArrayList<>();
    String deploymentId = engine.getRepositoryService().createDeploymentQuery()
        .deploymentName(ModelDeployment.DEPLOYMENT_NAME).orderByDeploymentTime().desc().list().get(0).getId();
    List<ProcessDefinition> definitions = engine.getRepositoryService().createProcessDefinitionQuery()
        .deploymentId(deploymentId).list();
    definitions.sort(Comparator.comparing(ProcessDefinition::getKey));
    for (ProcessDefinition definition : definitions) {
      BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(definition.getId());
      for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
        if (start.getCamundaFormRef() != null) {
          targets.add(new Target(definition.getKey(), definition.getId(), start.getId(), start.getCamundaFormRef(),
              starter(definition.getKey()), true));
        }
      }
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        if (task.getCamundaFormRef() != null) {
          targets.add(new Target(definition.getKey(), definition.getId(), task.getId(), task.getCamundaFormRef(),
              task.getCamundaCandidateGroups().split(",")[0].trim(), false));
        }
      }
    }
    return targets;
  }

  /** The form's schema as deployed. */
  JsonNode form(Target target) {
    String deploymentId = engine.getRepositoryService().getProcessDefinition(target.definitionId()).getDeploymentId();
    for (String name : engine.getRepositoryService().getDeploymentResourceNames(deploymentId)) {
      if (name.endsWith(".form")) {
        try {
          JsonNode form = JSON.readTree(engine.getRepositoryService().getResourceAsStream(deploymentId, name));
          if (target.formId().equals(form.path("id").asText())) {
            return form;
          }
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    throw new AssertionError("form " + target.formId() + " is not deployed");
  }

  /** The keyed components of the form, nested ones included. */
  static List<JsonNode> fields(JsonNode form) {
    List<JsonNode> fields = new ArrayList<>();
    collect(form.path("components"), fields);
    return fields;
  }

  private static void collect(JsonNode components, List<JsonNode> into) {
    for (JsonNode c : components) {
      if (c.hasNonNull("key") && !List.of("text", "button", "group", "spacer", "separator", "image")
          .contains(c.path("type").asText())) {
        into.add(c);
      }
      collect(c.path("components"), into);
    }
  }

  /** The group that may start the process (CREATE_INSTANCE on its definition). */
  private String starter(String processKey) {
    AuthorizationService authorizations = engine.getAuthorizationService();
    return authorizations.createAuthorizationQuery().resourceType(Resources.PROCESS_DEFINITION)
        .resourceId(processKey).hasPermission(Permissions.CREATE_INSTANCE).list().stream()
        .map(a -> a.getGroupId()).filter(g -> g != null && Staff.USER_OF_GROUP.containsKey(g)).findFirst()
        .orElse("camunda-admin");
  }

  /** A process instance of the target's process, with the ids the application gives it where it can. */
  String instance(Target target) {
    String pid = switch (target.processKey()) {
      case "client-journey" -> startJourney(TestPersonnummer.next());
      case "eviction-prevention" -> signal();
      case "care-plan" -> carePlan();
      case "landlord-relations" -> partner();
      default -> null;
    };
    if (pid == null) {
      pid = engine.getRuntimeService().createProcessInstanceById(target.definitionId())
          .startBeforeActivity(target.activityId()).execute().getId();
    }
    return pid;
  }

  /** A live task of the target's form in the instance (created there when the flow is elsewhere). */
  Task task(Target target, String processInstanceId) {
    Task task = existing(target, processInstanceId);
    Map<String, Object> missing = new HashMap<>(dates(target, processInstanceId));
    while (task == null) {
      try {
        engine.getRuntimeService().createProcessInstanceModification(processInstanceId)
            .startBeforeActivity(entry(target)).setVariablesLocal(missing).execute();
      } catch (org.camunda.bpm.engine.ProcessEngineException e) {
        // the flow would have set it before the task: the task's expressions need it
        java.util.regex.Matcher name = java.util.regex.Pattern.compile("Cannot resolve identifier '(\\w+)'")
            .matcher(String.valueOf(e.getMessage()));
        if (!name.find() || missing.containsKey(name.group(1)) || missing.size() > 5) {
          throw e;
        }
        missing.put(name.group(1), null);
        continue;
      }
      task = existing(target, processInstanceId);
    }
    assertThat(task).as("a task for " + target).isNotNull();
    return task;
  }

  /**
   * Where to put the instance so that the target's task is created: the task itself, or the
   * decision right before it, whose result the task's expressions read (Task_Review's candidate
   * group is placement-reviewer.dmn's reviewerGroup).
   */
  private String entry(Target target) {
    FlowNode task = engine.getRepositoryService().getBpmnModelInstance(target.definitionId())
        .getModelElementById(target.activityId());
    List<SequenceFlow> incoming = List.copyOf(task.getIncoming());
    return incoming.size() == 1 && incoming.get(0).getSource() instanceof BusinessRuleTask decision
        ? decision.getId() : target.activityId();
  }

  private static final java.util.regex.Pattern DATE_EXPRESSION = java.util.regex.Pattern.compile(
      "(?:timeDate[^>]*>|camunda:dueDate=\"|camunda:followUpDate=\")\\$\\{(\\w+)\\}");

  /**
   * The dates the model's timers and due dates read from variables that this instance's flow
   * has not set (the task is created out of its order): a week from now.
   */
  private Map<String, Object> dates(Target target, String processInstanceId) {
    Map<String, Object> dates = new HashMap<>();
    try (java.io.InputStream model = engine.getRepositoryService().getProcessModel(target.definitionId())) {
      java.util.regex.Matcher m = DATE_EXPRESSION.matcher(new String(model.readAllBytes(),
          java.nio.charset.StandardCharsets.UTF_8));
      while (m.find()) {
        if (engine.getRuntimeService().getVariable(processInstanceId, m.group(1)) == null) {
          dates.put(m.group(1), new java.util.Date(System.currentTimeMillis() + 7L * 24 * 3600 * 1000));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return dates;
  }

  private Task existing(Target target, String processInstanceId) {
    return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(target.activityId()).list().stream().findFirst().orElse(null);
  }

  String startJourney(String personalNumber) {
    TestHttp.Response started = http.postJson("/engine-rest/process-definition/key/client-journey/submit-form", "kim",
        "demo", "{\"variables\":{\"clientType\":{\"value\":\"NEW_IDENTIFIED\"},\"personalNumber\":{\"value\":\""
            + personalNumber + "\"},\"firstName\":{\"value\":\"Test\"},\"lastName\":{\"value\":\"Testsson\"},"
            + "\"needs\":{\"value\":\"ADDICTION\"},\"situation\":{\"value\":\"STREET\"}}}");
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    return started.json().get("id").asText();
  }

  private String carePlan() {
    String personalNumber = TestPersonnummer.next();
    startJourney(personalNumber);
    TestHttp.Response started = http.postJson("/engine-rest/process-definition/key/care-plan/submit-form", "kim",
        "demo", "{\"variables\":{\"personalNumber\":{\"value\":\"" + personalNumber + "\"}}}");
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    return started.json().get("id").asText();
  }

  private String signal() {
    String pnr = TestPersonnummer.next();
    TestHttp.Response created = http.postJson("/api/eviction-signals", "intake", "demo",
        "{\"externalReference\":\"FORMS-" + pnr + "\",\"source\":\"LANDLORD\",\"type\":\"RENT_ARREARS\","
            + "\"tenant\":{\"personnummer\":\"" + pnr + "\",\"name\":\"Tove Ek\"},"
            + "\"address\":{\"street\":\"Sveavägen 1\",\"postalCode\":\"113 59\",\"city\":\"Stockholm\"},"
            + "\"childrenInHousehold\":1}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return jdbc.queryForObject("SELECT process_instance_id FROM eviction_case WHERE id = ?", String.class,
        created.json().get("caseId").asLong());
  }

  private static int partners = 0;

  private String partner() {
    String number = organisationNumber(5566001 + (++partners) * 7 + (int) (System.nanoTime() % 1000) * 100);
    TestHttp.Response created = http.postJson("/api/partners", "bosse", "demo",
        "{\"kind\":\"LANDLORD\",\"name\":\"Formtest " + number + "\",\"organisationNumber\":\"" + number + "\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return jdbc.queryForObject("SELECT process_instance_id FROM partner WHERE id = ?", String.class,
        created.json().get("id").asLong());
  }

  /** A valid organisationsnummer (third digit at least 2, Luhn check digit) from nine digits. */
  private static String organisationNumber(int serial) {
    String nine = ("55" + String.format("%07d", Math.abs(serial) % 10_000_000));
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      int d = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += d > 9 ? d - 9 : d;
    }
    return nine + (10 - sum % 10) % 10;
  }

  /** Row counts of every table the application and the engine's runtime write, except counters. */
  Map<String, Long> rowCounts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : jdbc.queryForList("SELECT table_name FROM information_schema.tables "
        + "WHERE table_schema = 'PUBLIC' AND table_type = 'BASE TABLE' ORDER BY table_name", String.class)) {
      if (!List.of("ACT_GE_PROPERTY", "ACT_RU_METER_LOG", "ACT_RU_TASK_METER_LOG").contains(table.toUpperCase())) {
        counts.put(table, jdbc.queryForObject("SELECT count(*) FROM \"" + table + "\"", Long.class));
      }
    }
    return counts;
  }

  /** The instance's variables as the engine holds them (serialized values not deserialized). */
  Map<String, Object> variables(String processInstanceId) {
    Map<String, Object> values = new HashMap<>();
    engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(processInstanceId)
        .disableBinaryFetching().disableCustomObjectDeserialization().list()
        .forEach(v -> values.put(v.getName() + "@" + v.getActivityInstanceId(),
            v.getTypedValue() instanceof org.camunda.bpm.engine.variable.value.SerializableValue s
                ? s.getValueSerialized() : String.valueOf(v.getValue())));
    return values;
  }
}
