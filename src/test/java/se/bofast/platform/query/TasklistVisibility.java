package se.bofast.platform.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.VariableInstanceQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import se.bofast.support.Staff;
import se.bofast.support.TestHttp;

/**
 * What each staff member's shared filters list and count, through the REST API Tasklist uses,
 * against what their groups hold: many tasks of every group (some claimed by the group's demo
 * user, some by another member), so that an authorization check that let through another group's
 * task, or dropped one of the user's, shows in the list or the count. Runs on H2 and PostgreSQL.
 */
final class TasklistVisibility {

  static final String PROCESS = "tasklist-visibility-test";
  static final int TASKS_PER_GROUP = 40;
  static final List<String> GROUPS = List.of("case-manager", "boendelots", "bosamordnare", "socialsekreterare", "enhetschef");

  private final ProcessEngine engine;
  private final TestHttp http;
  private String deploymentId;
  /** Test tasks by id: candidate group, assignee (or null). */
  final Map<String, String[]> tasks = new LinkedHashMap<>();

  TasklistVisibility(ProcessEngine engine, TestHttp http) {
    this.engine = engine;
    this.http = http;
  }

  /** One task per instance, due in 2001 (before anything else the suite creates), in the order created. */
  void create() {
    BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1)
        .startEvent().userTask("Task_Visible").name("Synlighetstest").camundaCandidateGroups("${group}")
        .camundaDueDate("${due}").endEvent().done();
    deploymentId = engine.getRepositoryService().createDeployment().name(PROCESS)
        .addModelInstance(PROCESS + ".bpmn", model).deploy().getId();
    Instant due = Instant.parse("2001-01-01T08:00:00Z");
    int n = 0;
    for (int i = 0; i < TASKS_PER_GROUP; i++) {
      for (String group : GROUPS) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("group", group);
        variables.put("due", Date.from(due.plusSeconds(60L * n++)));
        variables.put("caseNumber", "VT-" + n);
        variables.put("clientDisplayName", "Test " + n + ".");
        String pid = engine.getRuntimeService().startProcessInstanceByKey(PROCESS, variables).getId();
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(pid).singleResult();
        String assignee = i % 5 == 1 ? Staff.USER_OF_GROUP.get(group) : i % 5 == 3 ? "other-" + group : null;
        if (assignee != null) {
          engine.getTaskService().claim(task.getId(), assignee);
        }
        tasks.put(task.getId(), new String[] {group, assignee});
      }
    }
  }

  void delete() {
    if (deploymentId != null) {
      engine.getRepositoryService().deleteDeployment(deploymentId, true, true);
    }
  }

  /** The engine answers the three names with the rewritten statements on this database. */
  String statementFor(String name) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDbSqlSessionFactory()
        .mapStatement(name);
  }

  /**
   * The SQL the engine would run for a task query (count) and the variable query as the user:
   * the statement the engine maps the name to, with the user's authorization check in place.
   */
  String sqlAs(String user, String statement, boolean variables) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    engine.getIdentityService().setAuthentication(user, new ArrayList<>(groupsOf(user)));
    try {
      return configuration.getCommandExecutorTxRequired().execute(context -> {
        Object query;
        if (variables) {
          VariableInstanceQueryImpl variableQuery = (VariableInstanceQueryImpl) engine.getRuntimeService()
              .createVariableInstanceQuery().variableNameIn("caseNumber");
          configureProtected(context.getAuthorizationManager(), variableQuery);
          query = variableQuery;
        } else {
          TaskQueryImpl taskQuery = (TaskQueryImpl) engine.getTaskService().createTaskQuery().taskUnassigned();
          context.getAuthorizationManager().configureTaskQuery(taskQuery);
          query = taskQuery;
        }
        return configuration.getSqlSessionFactory().getConfiguration()
            .getMappedStatement(statementFor(statement)).getBoundSql(query).getSql();
      });
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** AuthorizationManager#configureVariableInstanceQuery, as the engine's VariableInstanceManager calls it. */
  private static void configureProtected(Object authorizationManager, VariableInstanceQueryImpl query) {
    try {
      java.lang.reflect.Method configure = org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager.class
          .getDeclaredMethod("configureVariableInstanceQuery", VariableInstanceQueryImpl.class);
      configure.setAccessible(true);
      configure.invoke(authorizationManager, query);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  String filterId(String name) {
    return engine.getFilterService().createFilterQuery().filterName(name).singleResult().getId();
  }

  /** The whole list of a filter as the user, sorted by due date, with the variables Tasklist embeds. */
  JsonNode list(String user, String filter, int maxResults) {
    TestHttp.Response answer = http.send(http.at("/engine-rest/filter/" + filterId(filter) + "/list?firstResult=0&maxResults="
            + maxResults).header("Accept", "application/hal+json").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"processVariables\":[],\"taskVariables\":[],"
            + "\"caseInstanceVariables\":[],\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}],\"active\":true}")),
        user, "demo");
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json();
  }

  long count(String user, String filter) {
    TestHttp.Response answer = http.get("/engine-rest/filter/" + filterId(filter) + "/count", user, "demo");
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json().get("count").asLong();
  }

  static List<String> ids(JsonNode halList) {
    List<String> ids = new ArrayList<>();
    halList.path("_embedded").path("task").forEach(t -> ids.add(t.get("id").asText()));
    return ids;
  }

  /** The test's tasks a member of the group sees in "Min grupps uppgifter": the group's unassigned ones. */
  List<String> unassignedOf(Set<String> groups) {
    return tasks.entrySet().stream().filter(e -> groups.contains(e.getValue()[0]) && e.getValue()[1] == null)
        .map(Map.Entry::getKey).toList();
  }

  List<String> assignedTo(String user) {
    return tasks.entrySet().stream().filter(e -> user.equals(e.getValue()[1])).map(Map.Entry::getKey).toList();
  }

  /** Everything of the user's groups and everything assigned to the user (all test tasks are overdue). */
  Set<String> visibleTo(String user, Set<String> groups) {
    return tasks.entrySet().stream().filter(e -> groups.contains(e.getValue()[0]) || user.equals(e.getValue()[1]))
        .map(Map.Entry::getKey).collect(Collectors.toSet());
  }

  Set<String> groupsOf(String user) {
    return engine.getIdentityService().createGroupQuery().groupMember(user).list().stream()
        .map(g -> g.getId()).collect(Collectors.toSet());
  }

  /** Every task of the whole database a member of these groups may see, without asking the engine's authorization. */
  long unassignedInDatabase(Set<String> groups) {
    return engine.getTaskService().createTaskQuery().taskCandidateGroupIn(new ArrayList<>(groups)).taskUnassigned()
        .active().count();
  }

  /** A revoke authorization makes the engine check revokes: the rewritten statements step aside. */
  Authorization revoke(String user, String taskId) {
    Authorization revoke = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
    revoke.setUserId(user);
    revoke.setResource(Resources.TASK);
    revoke.setResourceId(taskId);
    revoke.removePermission(Permissions.READ);
    return engine.getAuthorizationService().saveAuthorization(revoke);
  }
}
