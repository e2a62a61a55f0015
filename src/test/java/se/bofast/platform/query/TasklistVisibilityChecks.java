package se.bofast.platform.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.bofast.support.TestHttp;

/**
 * The assertions of {@link TasklistVisibilityTest} (H2) and {@link PostgresTasklistVisibilityTest}.
 * The tasks are made once per class, before the first test (per-method instances, so that
 * PostgreSQL is up before Spring loads the context), and deleted after the last.
 */
abstract class TasklistVisibilityChecks {

  static final String MY_GROUP = "Min grupps uppgifter";
  static final String MINE = "Mina uppgifter";
  static final String OVERDUE = "Förfallna";

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;

  static TasklistVisibility data;

  @BeforeEach
  void createTasks() {
    if (data == null) {
      data = new TasklistVisibility(engine, new TestHttp(port));
      data.create();
    }
  }

  @AfterAll
  static void deleteTasks() {
    if (data != null) {
      data.delete();
      data = null;
    }
  }

  @Test
  void theEngineRunsTheRewrittenStatements() {
    for (String statement : AuthorizedQueries.STATEMENTS) {
      assertThat(data.statementFor(statement)).isEqualTo(AuthorizedQueries.NAMESPACE + "." + statement);
    }
    assertThat(((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getSqlSessionFactory().getConfiguration().hasStatement(AuthorizedQueries.NAMESPACE + ".selectTaskByQueryCriteria"))
        .isTrue();
    // staff: the grants as IN subqueries, no join of the authorization table; variables: the revoke-aware form
    String tasks = data.sqlAs("bosse", "selectTaskCountByQueryCriteria", false);
    assertThat(tasks).contains("RES.ID_ IN (").contains("GD.KEY_ IN (").doesNotContain("AUTH ON");
    String variables = data.sqlAs("bosse", "selectVariableInstanceByQueryCriteria", true);
    assertThat(variables).doesNotContain("AUTH ON").contains("RES.TASK_ID_ IN");
  }

  @Test
  void theGroupsHoldingAuthorizationsAreTheEnginesAnswer() {
    org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl configuration =
        (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    java.util.List<String> mine = configuration.getCommandExecutorTxRequired().execute(context ->
        context.getDbSqlSession().selectList(AuthorizedQueries.GROUP_IDS, null).stream()
            .filter(java.util.Objects::nonNull).map(String::valueOf).toList());
    java.util.List<String> engines = configuration.getCommandExecutorTxRequired().execute(context ->
        context.getDbSqlSession().getSqlSession().<String>selectList(
            "org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity." + AuthorizedQueries.GROUP_IDS));
    assertThat(mine).containsExactlyInAnyOrderElementsOf(engines.stream().filter(java.util.Objects::nonNull).toList())
        .contains("bosamordnare", "case-manager", "enhetschef");
  }

  @ParameterizedTest(name = "{0}: the group's unassigned tasks, no other group's")
  @ValueSource(strings = {"kim", "lotta", "bosse", "sara", "eva"})
  void myGroupsTasksAreExactlyTheGroupsUnassignedTasks(String user) {
    Set<String> groups = data.groupsOf(user);
    List<String> listed = TasklistVisibility.ids(data.list(user, MY_GROUP, 10_000));
    List<String> expected = data.unassignedOf(groups);
    List<String> ours = listed.stream().filter(data.tasks::containsKey).toList();
    assertThat(ours).as("the test's tasks in %s's list, by due date", user).containsExactlyElementsOf(expected);
    assertThat(listed).as("the whole list").doesNotHaveDuplicates().hasSize((int) data.unassignedInDatabase(groups));
    assertThat(data.count(user, MY_GROUP)).isEqualTo(data.unassignedInDatabase(groups));
    // the first page as Tasklist asks for it: the 15 earliest, which are the test's
    JsonNode page = data.list(user, MY_GROUP, 15);
    assertThat(TasklistVisibility.ids(page)).containsExactlyElementsOf(expected.subList(0, 15));
    assertThat(page.get("count").asLong()).isEqualTo(data.unassignedInDatabase(groups));
    // and the variables Tasklist shows on each task, read through the task
    page.path("_embedded").path("task").forEach(task -> {
      Map<String, String> shown = new HashMap<>();
      task.path("_embedded").path("variable").forEach(v -> shown.put(v.get("name").asText(), v.get("value").asText()));
      assertThat(shown).as("variables of %s", task.get("id").asText()).containsOnlyKeys("caseNumber", "clientDisplayName");
      assertThat(shown.get("caseNumber")).startsWith("VT-");
    });
  }

  @ParameterizedTest(name = "{0}: assigned to me")
  @ValueSource(strings = {"kim", "lotta", "bosse", "sara", "eva"})
  void myTasksAreExactlyTheTasksAssignedToMe(String user) {
    List<String> listed = TasklistVisibility.ids(data.list(user, MINE, 10_000));
    assertThat(listed.stream().filter(data.tasks::containsKey).toList()).containsExactlyElementsOf(data.assignedTo(user));
    assertThat(listed).hasSize((int) engine.getTaskService().createTaskQuery().taskAssignee(user).active().count());
    assertThat(data.count(user, MINE)).isEqualTo(listed.size());
  }

  @ParameterizedTest(name = "{0}: overdue tasks of the group and assigned to me, claimed by others too")
  @ValueSource(strings = {"kim", "lotta", "bosse", "sara"})
  void overdueTasksAreTheGroupsAndMine(String user) {
    Set<String> groups = data.groupsOf(user);
    List<String> listed = TasklistVisibility.ids(data.list(user, OVERDUE, 10_000));
    assertThat(listed.stream().filter(data.tasks::containsKey).toList())
        .containsExactlyInAnyOrderElementsOf(data.visibleTo(user, groups));
    assertThat(data.count(user, OVERDUE)).isEqualTo(listed.size());
  }

  @Test
  void theManagerSeesEveryOverdueTask() {
    List<String> listed = TasklistVisibility.ids(data.list("eva", OVERDUE, 10_000));
    assertThat(listed).containsAll(data.tasks.keySet());
    assertThat(data.count("eva", OVERDUE)).isEqualTo(listed.size());
  }

  @Test
  void aRevokeIsHonouredThroughTheEnginesOwnStatement() {
    String taskId = data.unassignedOf(Set.of("bosamordnare")).get(0);
    long before = data.count("bosse", MY_GROUP);
    Authorization revoke = data.revoke("bosse", taskId);
    try {
      assertThat(TasklistVisibility.ids(data.list("bosse", MY_GROUP, 10_000))).doesNotContain(taskId);
      assertThat(data.count("bosse", MY_GROUP)).isEqualTo(before - 1);
      assertThat(TasklistVisibility.ids(data.list("lotta", MY_GROUP, 10_000))).doesNotContain(taskId);
    } finally {
      engine.getAuthorizationService().deleteAuthorization(revoke.getId());
    }
    assertThat(TasklistVisibility.ids(data.list("bosse", MY_GROUP, 10_000))).contains(taskId);
  }

  @Test
  void anotherGroupsTaskIsNotFoundByItsId() {
    List<String> others = new ArrayList<>(data.unassignedOf(Set.of("socialsekreterare")));
    TestHttp http = new TestHttp(port);
    TestHttp.Response answer = http.get("/engine-rest/task?taskId=" + others.get(0), "bosse", "demo");
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json()).isEmpty();
    assertThat(http.get("/engine-rest/task/count?taskId=" + others.get(0), "bosse", "demo").json().get("count").asLong())
        .isZero();
  }
}
