package se.bofast.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Method;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.rest.dto.task.TaskQueryDto;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.bofast.support.AppTest;
import se.bofast.support.ExpressionProbe;
import se.bofast.support.TestHttp;
import se.bofast.support.TestHttp.Response;

/**
 * No query a user sends makes the engine evaluate an expression: every expression field of
 * Camunda's task query, at the top level and inside or-queries, over /engine-rest (task list and
 * count, POST and GET; filters: create, list, count with an extending query) and over Tasklist's
 * own API, as a staff member. The expression is {@code ${expressionProbe.hit()}}, a bean that
 * counts its calls: the count stays 0. The application's own shared filters keep working.
 */
@AppTest
class QueryExpressionTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PROBE = ExpressionProbe.EXPRESSION;
  private static final String ENGINE = "/engine-rest";
  private static final String TASKLIST_API = "/camunda/api/engine/engine/default";

  /** Every expression field the REST API's task query takes, e.g. dueBeforeExpression (20 in 7.24). */
  static final List<String> EXPRESSION_FIELDS = Arrays.stream(TaskQueryDto.class.getMethods())
      .map(Method::getName)
      .filter(name -> name.startsWith("set") && name.endsWith("Expression"))
      .map(name -> Character.toLowerCase(name.charAt(3)) + name.substring(4))
      .sorted().toList();

  @LocalServerPort
  int port;
  @Autowired
  ExpressionProbe probe;
  @Autowired
  ProcessEngine engine;
  @Autowired
  FilterService filterService;
  @Autowired
  TaskService taskService;
  @Autowired
  AuthorizationService authorizationService;
  @Autowired
  JdbcTemplate jdbc;

  TestHttp http;

  @BeforeEach
  void setUp() {
    http = new TestHttp(port);
    probe.reset();
    assertThat(EXPRESSION_FIELDS).as("the task query's expression fields in Camunda 7.24").hasSize(20);
  }

  @Test
  void theProbeIsReachableByTheEngineSoACountOfZeroMeansNotEvaluated() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    configuration.getCommandExecutorTxRequired().execute(context ->
        configuration.getExpressionManager().createExpression(PROBE).getValue(null));
    assertThat(probe.hits()).isEqualTo(1);
    assertThat(EXPRESSION_FIELDS).hasSizeGreaterThanOrEqualTo(20)
        .contains("dueBeforeExpression", "assigneeExpression", "candidateGroupsExpression",
            "processInstanceBusinessKeyExpression", "followUpBeforeOrNotExistentExpression");
  }

  @Test
  void noExpressionIsEvaluatedInTaskQueriesOverEngineRest() {
    SoftAssertions softly = new SoftAssertions();
    for (String field : EXPRESSION_FIELDS) {
      for (String path : List.of("/task", "/task/count")) {
        refused(softly, 400, "POST " + path + " " + field,
            http.postJson(ENGINE + path, "lotta", "demo", topLevel(field).toString()));
        refused(softly, 400, "POST " + path + " orQueries " + field,
            http.postJson(ENGINE + path, "lotta", "demo", inOrQuery(field).toString()));
        refused(softly, 400, "GET " + path + "?" + field,
            http.get(ENGINE + path + "?" + field + "=" + URLEncoder.encode(PROBE, StandardCharsets.UTF_8),
                "lotta", "demo"));
      }
    }
    softly.assertAll();
    assertThat(probe.hits()).as("expressions evaluated").isZero();
  }

  @Test
  void noExpressionIsEvaluatedThroughFilters() {
    String groupFilter = filterId("Min grupps uppgifter");
    SoftAssertions softly = new SoftAssertions();
    for (String field : EXPRESSION_FIELDS) {
      for (ObjectNode query : List.of(topLevel(field), inOrQuery(field))) {
        for (String action : List.of("list", "count")) {
          refused(softly, 400, "filter/" + action + " extending " + query,
              http.postJson(ENGINE + "/filter/" + groupFilter + "/" + action, "lotta", "demo", query.toString()));
        }
        refused(softly, 403, "filter/create " + query,
            http.postJson(ENGINE + "/filter/create", "lotta", "demo", filter("Sökning", query).toString()));
        refused(softly, 400, "filter/create as admin " + query,
            http.postJson(ENGINE + "/filter/create", "admin", "demo", filter("Sökning", query).toString()));
      }
    }
    softly.assertAll();
    assertThat(filterService.createFilterQuery().filterName("Sökning").count()).as("filters stored").isZero();
    assertThat(probe.hits()).as("expressions evaluated").isZero();
  }

  @Test
  void noExpressionIsEvaluatedThroughTasklistsOwnApi() {
    TestHttp.Session tasklist = http.webappSession("tasklist", "lotta", "demo");
    assertThat(tasklist.login.status()).isEqualTo(200);
    String groupFilter = filterId("Min grupps uppgifter");
    SoftAssertions softly = new SoftAssertions();
    for (String field : EXPRESSION_FIELDS) {
      for (ObjectNode query : List.of(topLevel(field), inOrQuery(field))) {
        refused(softly, 400, "Tasklist task " + query,
            tasklist.postJson(TASKLIST_API + "/task", query.toString()));
        refused(softly, 400, "Tasklist filter list " + query,
            tasklist.postJson(TASKLIST_API + "/filter/" + groupFilter + "/list", query.toString()));
      }
    }
    softly.assertAll();
    assertThat(probe.hits()).as("expressions evaluated").isZero();
  }

  @Test
  void theIssuesReflectionExpressionIsRefusedInEveryPlace() {
    String reflection = "${now().getClass().forName(\"java.util.Date\").getConstructor().newInstance()}";
    ObjectNode query = JSON.createObjectNode();
    query.putArray("orQueries").addObject().put("dueBeforeExpression", reflection);
    Response response = http.postJson(ENGINE + "/task", "lotta", "demo", query.toString());
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.json().get("type").asText()).isEqualTo("BadUserRequestException");
    assertThat(response.json().get("message").asText())
        .isEqualTo("Uttryck är inte tillåtna i sökningar efter uppgifter (fältet dueBefore).");
  }

  @Test
  void onlyAdministratorsStoreFiltersWithExpressionsAndOnlyTheSeededOnes() {
    ObjectNode allowed = JSON.createObjectNode().put("dueBeforeExpression", QueryExpressions.NOW);
    Authorization create = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    create.setUserId("lotta");
    create.setResource(Resources.FILTER);
    create.setResourceId(Authorization.ANY);
    create.addPermission(Permissions.CREATE);
    authorizationService.saveAuthorization(create);
    List<String> created = new ArrayList<>();
    try {
      // lotta, even with the engine's CREATE permission on filters: no expressions
      Response staff = http.postJson(ENGINE + "/filter/create", "lotta", "demo", filter("Lottas", allowed).toString());
      assertThat(staff.status()).as(staff.body()).isEqualTo(403);
      assertThat(staff.json().get("message").asText()).isEqualTo("Endast administratörer får spara filter med uttryck.");
      ObjectNode orAllowed = JSON.createObjectNode();
      orAllowed.putArray("orQueries").add(allowed.deepCopy());
      assertThat(http.postJson(ENGINE + "/filter/create", "lotta", "demo", filter("Lottas", orAllowed).toString())
          .status()).as("an expression in an or-query counts as well").isEqualTo(403);
      Response plain = http.postJson(ENGINE + "/filter/create", "lotta", "demo",
          filter("Lottas", JSON.createObjectNode().put("nameLike", "%Kontakt%")).toString());
      assertThat(plain.status()).as(plain.body()).isEqualTo(200);
      created.add(plain.json().get("id").asText());

      // the administrator: the seeded expressions, on their fields, and no other
      Response admin = http.postJson(ENGINE + "/filter/create", "admin", "demo", filter("Förfallna 2", allowed).toString());
      assertThat(admin.status()).as(admin.body()).isEqualTo(200);
      String adminFilter = admin.json().get("id").asText();
      created.add(adminFilter);
      ObjectNode misplaced = JSON.createObjectNode().put("dueAfterExpression", QueryExpressions.NOW);
      assertThat(http.postJson(ENGINE + "/filter/create", "admin", "demo", filter("Fel", misplaced).toString()).status())
          .as("an allowed expression on another field").isEqualTo(400);
      ObjectNode update = filter("Förfallna 2", JSON.createObjectNode().put("dueBeforeExpression", PROBE));
      Response updated = http.send(http.at(ENGINE + "/filter/" + adminFilter)
          .header("Content-Type", "application/json")
          .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(update.toString())), "admin", "demo");
      assertThat(updated.status()).as(updated.body()).isEqualTo(400);
      assertThat(filterService.getFilter(adminFilter).<org.camunda.bpm.engine.impl.TaskQueryImpl>getQuery()
          .getExpressions()).containsExactly(java.util.Map.entry("dueBefore", QueryExpressions.NOW));
    } finally {
      created.forEach(filterService::deleteFilter);
      authorizationService.deleteAuthorization(create.getId());
    }
    assertThat(probe.hits()).isZero();
  }

  @Test
  void aStoredFilterWithAForeignExpressionIsNotExecuted() {
    // a filter stored before this guard existed (or written to the database directly)
    String id = filterService.saveFilter(filterService.newTaskFilter("Gammalt filter")
        .setQuery(taskService.createTaskQuery().taskNameLike("%"))).getId();
    Authorization read = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    read.setUserId("lotta");
    read.setResource(Resources.FILTER);
    read.setResourceId(id);
    read.addPermission(Permissions.READ);
    authorizationService.saveAuthorization(read);
    try {
      String stored = "{\"orQueries\":[{\"dueBeforeExpression\":\"" + PROBE + "\"}]}";
      assertThat(jdbc.update("UPDATE ACT_RU_FILTER SET QUERY_ = ? WHERE ID_ = ?", stored, id)).isEqualTo(1);
      for (String action : List.of("list", "count")) {
        Response response = http.get(ENGINE + "/filter/" + id + "/" + action, "lotta", "demo");
        assertThat(response.status()).as(action + ": " + response.body()).isEqualTo(400);
      }
      Response counted = http.get(ENGINE + "/filter/" + id + "?itemCount=true", "lotta", "demo");
      assertThat(counted.status()).as(counted.body()).isEqualTo(400);
    } finally {
      filterService.deleteFilter(id);
    }
    assertThat(probe.hits()).isZero();
  }

  @Test
  void theSeededFiltersStillListTheirTasksForTheGroupsMember() {
    String instanceId = engine.getRuntimeService()
        .startProcessInstanceByKey("platform-smoke", "EXPR-" + System.nanoTime()).getId();
    String taskId = taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
    Function<String, List<String>> listed = filter -> ids(http.postJson(
        ENGINE + "/filter/" + filterId(filter) + "/list?maxResults=1000", "lotta", "demo", "{}"));

    assertThat(listed.apply("Min grupps uppgifter")).contains(taskId);
    assertThat(listed.apply("Mina uppgifter")).doesNotContain(taskId);
    TestHttp.Session tasklist = http.webappSession("tasklist", "lotta", "demo");
    assertThat(ids(tasklist.postJson(TASKLIST_API + "/filter/" + filterId("Min grupps uppgifter") + "/list?maxResults=1000",
        "{\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]}"))).contains(taskId);
    Response counts = tasklist.get(TASKLIST_API + "/filter?resourceType=Task&itemCount=true");
    assertThat(counts.status()).as(counts.body()).isEqualTo(200);
    assertThat(counts.json()).hasSize(4);

    taskService.claim(taskId, "lotta");
    taskService.setDueDate(taskId, new Date(System.currentTimeMillis() - 86_400_000L));
    assertThat(listed.apply("Min grupps uppgifter")).doesNotContain(taskId);
    assertThat(listed.apply("Mina uppgifter")).contains(taskId);
    assertThat(listed.apply("Förfallna")).contains(taskId);

    ObjectNode orQueries = JSON.createObjectNode();
    orQueries.putArray("orQueries").addObject().put("processInstanceId", instanceId);
    assertThat(ids(http.postJson(ENGINE + "/task", "lotta", "demo", orQueries.toString())))
        .as("or-queries without expressions work as before").containsExactly(taskId);
    engine.getRuntimeService().deleteProcessInstance(instanceId, "test over");
  }

  private static ObjectNode topLevel(String field) {
    return JSON.createObjectNode().put(field, PROBE);
  }

  private static ObjectNode inOrQuery(String field) {
    ObjectNode query = JSON.createObjectNode();
    query.putArray("orQueries").addObject().put(field, PROBE);
    return query;
  }

  private static ObjectNode filter(String name, ObjectNode query) {
    ObjectNode filter = JSON.createObjectNode().put("resourceType", "Task").put("name", name);
    filter.set("query", query);
    filter.putObject("properties");
    return filter;
  }

  /** A refusal with the engine's error JSON (type and message): 400, or 403 where the caller may not even do that. */
  private static void refused(SoftAssertions softly, int expected, String what, Response response) {
    softly.assertThat(response.status()).as(what + ": " + response.body()).isEqualTo(expected);
    if (response.status() == expected) {
      JsonNode error = response.json();
      softly.assertThat(error.hasNonNull("type") && error.hasNonNull("message")).as(what + " error JSON").isTrue();
    }
  }

  private String filterId(String name) {
    return filterService.createFilterQuery().filterName(name).singleResult().getId();
  }

  private static List<String> ids(Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    response.json().forEach(task -> ids.add(task.get("id").asText()));
    return ids;
  }
}
