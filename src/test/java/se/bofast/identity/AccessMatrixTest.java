package se.bofast.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.bofast.platform.web.RequireGroups;
import se.bofast.support.AppTest;
import se.bofast.support.TestHttp;
import se.bofast.support.TestHttp.Response;

/**
 * Least privilege, written once: every role (and the intake system account, and a caller
 * without credentials) against every /api endpoint and the engine resources Tasklist and
 * Cockpit use. A cell is the expected answer:
 * <ul>
 *   <li>a status ({@code 200}, {@code 400}, {@code 401}, {@code 403}, {@code 404});</li>
 *   <li>{@code 200[]}: 200 with an empty list (the role sees none of it);
 *       {@code 200+}: 200 with a list that is not empty;</li>
 *   <li>{@code 200{a,b}}: 200 with exactly the variables a and b (names of a variable map, or of
 *       a list of variable instances).</li>
 * </ul>
 * Requests on /api that a role may make carry an empty or unknown target ({@code {}} bodies, id
 * 999999999): the answer (400/404) shows the request got past the access check without
 * changing anything.
 */
@AppTest
class AccessMatrixTest {

  /** Column order of the matrix; null: no credentials. Every demo account's password is "demo". */
  static final List<String> ROLES = Arrays.asList("kim", "lotta", "bosse", "sara", "eva", "admin", "intake", null);

  static final String MATRIX = """
      request                                                   | kim      | lotta    | bosse    | sara     | eva      | admin    | intake   | none
      POST /api/eviction-signals {}                             | 403      | 403      | 400      | 403      | 403      | 403      | 400      | 401
      GET /api/eviction-cases?status=open                       | 403      | 403      | 200      | 200      | 200      | 403      | 403      | 401
      GET /api/eviction-cases/999999999                         | 403      | 403      | 404      | 404      | 404      | 403      | 403      | 401
      POST /api/clients {}                                      | 400      | 403      | 403      | 400      | 403      | 403      | 403      | 401
      GET /api/clients/999999999                                | 404      | 403      | 403      | 404      | 403      | 403      | 403      | 401
      POST /api/clients/999999999/identification {}             | 404 | 403 | 403 | 404 | 403 | 403 | 403 | 401
      GET /api/clients/999999999/facts                          | 404      | 403      | 403      | 404      | 403      | 403      | 403      | 401
      POST /api/clients/999999999/facts {}                      | 400      | 403      | 403      | 400      | 403      | 403      | 403      | 401
      GET /api/clients/999999999/followups                      | 404      | 403      | 403      | 404      | 404      | 403      | 403      | 401
      GET /api/clients/999999999/team                           | 404      | 404      | 404      | 404      | 404      | 403      | 403      | 401
      PUT /api/clients/999999999/team/999999999 {}              | 400      | 400      | 400      | 400      | 400      | 403      | 403      | 401
      GET /api/clients/999999999/protection                     | 404      | 404      | 404      | 404      | 404      | 403      | 403      | 401
      PUT /api/clients/999999999/protection {}                  | 404      | 404      | 404      | 404      | 404      | 403      | 403      | 401
      POST /api/staff/999999999/handover {}                     | 403      | 403      | 403      | 403      | 400      | 403      | 403      | 401
      GET /api/clients/999999999/journal                        | 404      | 404      | 404      | 404      | 404      | 403      | 403      | 401
      GET /api/clients/999999999/journal/999999999              | 404      | 404      | 404      | 404      | 404      | 403      | 403      | 401
      GET /api/clients/999999999/file                           | 404      | 404      | 404      | 404      | 404      | 403      | 403      | 401
      GET /api/me/clients                                       | 200      | 200      | 200      | 200      | 200[]    | 403      | 403      | 401
      GET /api/tasks/999999999/client                           | 404      | 404      | 404      | 404      | 404      | 403      | 403      | 401
      POST /api/clients/999999999/journal {}                    | 404      | 404      | 404      | 404      | 403      | 403      | 403      | 401
      POST /api/clients/999999999/journal/999999999/signature   | 404      | 404      | 404      | 404      | 403      | 403      | 403      | 401
      POST /api/clients/999999999/journal/999999999/corrections {} | 404   | 404      | 404      | 404      | 403      | 403      | 403      | 401
      PUT /api/clients/999999999/journal/999999999 {}           | 405      | 405      | 405      | 405      | 405      | 405      | 405      | 401
      PATCH /api/clients/999999999/journal/999999999 {}         | 405      | 405      | 405      | 405      | 405      | 405      | 405      | 401
      DELETE /api/clients/999999999/journal/999999999           | 405      | 405      | 405      | 405      | 405      | 405      | 405      | 401
      GET /api/eviction-cases/999999999/journal                 | 403      | 403      | 404      | 404      | 404      | 403      | 403      | 401
      GET /api/eviction-cases/999999999/journal/999999999       | 403      | 403      | 404      | 404      | 404      | 403      | 403      | 401
      POST /api/eviction-cases/999999999/journal {}             | 403      | 403      | 404      | 404      | 403      | 403      | 403      | 401
      POST /api/eviction-cases/999999999/journal/999999999/signature | 403 | 403      | 404      | 404      | 403      | 403      | 403      | 401
      POST /api/eviction-cases/999999999/journal/999999999/corrections {} | 403 | 403 | 404    | 404      | 403      | 403      | 403      | 401
      PUT /api/eviction-cases/999999999/journal/999999999 {}    | 405      | 405      | 405      | 405      | 405      | 405      | 405      | 401
      PATCH /api/eviction-cases/999999999/journal/999999999 {}  | 405      | 405      | 405      | 405      | 405      | 405      | 405      | 401
      DELETE /api/eviction-cases/999999999/journal/999999999    | 405      | 405      | 405      | 405      | 405      | 405      | 405      | 401
      GET /api/clients/999999999/work-plan                      | 404      | 404      | 404      | 404      | 404      | 403      | 403      | 401
      PUT /api/clients/999999999/work-plan {}                   | 404      | 404      | 404      | 404      | 403      | 403      | 403      | 401
      GET /api/work-plans/staff                                 | 200+     | 200+     | 200+     | 200+     | 200+     | 403      | 403      | 401
      GET /api/apartments                                       | 200      | 200      | 200      | 200      | 200      | 403      | 403      | 401
      GET /api/apartments/999999999                             | 404      | 404      | 404      | 404      | 404      | 403      | 403      | 401
      POST /api/apartments {}                                   | 403      | 403      | 400      | 403      | 403      | 403      | 403      | 401
      GET /api/journeys/VK-0000-99999                           | 404      | 404      | 404      | 404      | 404      | 403      | 403      | 401
      POST /api/journeys/VK-0000-99999/interruptions {}         | 400      | 400      | 400      | 400      | 403      | 403      | 403      | 401
      GET /api/partners                                         | 403      | 403      | 200      | 403      | 200      | 403      | 403      | 401
      GET /api/partners/999999999                               | 403      | 403      | 404      | 403      | 404      | 403      | 403      | 401
      GET /api/partners/999999999/contacts                      | 403      | 403      | 404      | 403      | 404      | 403      | 403      | 401
      GET /api/partners/999999999/apartment-needs               | 403      | 403      | 404      | 403      | 404      | 403      | 403      | 401
      POST /api/partners {}                                     | 403      | 403      | 400      | 403      | 403      | 403      | 403      | 401
      POST /api/partners/999999999/contact-persons {}           | 403 | 403 | 404 | 403 | 403 | 403 | 403 | 401
      POST /api/partners/999999999/contacts {}                  | 403 | 403 | 404 | 403 | 403 | 403 | 403 | 401
      POST /api/partners/999999999/agreements {}                | 403 | 403 | 404 | 403 | 403 | 403 | 403 | 401
      POST /api/partners/999999999/apartment-needs {}           | 403      | 403      | 404      | 403      | 403      | 403      | 403      | 401
      PUT /api/partners/999999999/contact-interval {}           | 403 | 403 | 404 | 403 | 403 | 403 | 403 | 401
      POST /api/partners/999999999/deactivation                 | 403      | 403      | 404      | 403      | 403      | 403      | 403      | 401
      GET /api/reports/kpis?from=2026-01-01&to=2026-03-31                                     | 403      | 403      | 403      | 403      | 200      | 403      | 403      | 401
      GET /api/reports/kpis.csv?from=2026-01-01&to=2026-03-31                                 | 403      | 403      | 403      | 403      | 200      | 403      | 403      | 401
      GET /api/reports/kpis.xlsx?from=2026-01-01&to=2026-03-31                                | 403      | 403      | 403      | 403      | 200      | 403      | 403      | 401
      GET /api/reports/flows?tertial=2026-1                     | 403      | 403      | 403      | 403      | 200      | 403      | 403      | 401
      GET /api/reports/flows?month=2026-13                      | 403      | 403      | 403      | 403      | 400      | 403      | 403      | 401
      GET /api/reports/care-forecast                                                          | 403      | 403      | 403      | 403      | 200      | 403      | 403      | 401
      GET /api/reports/care-forecast.csv                                                      | 403      | 403      | 403      | 403      | 200      | 403      | 403      | 401
      GET /api/reports/care-forecast.xlsx                                                     | 403      | 403      | 403      | 403      | 200      | 403      | 403      | 401
      GET /api/reports/support-visits?from=2026-01-01&to=2026-03-31                           | 403      | 403      | 403      | 403      | 200      | 403      | 403      | 401
      GET /api/reports/first-contacts?from=2026-01-01&to=2026-03-31                           | 403      | 403      | 403      | 403      | 200      | 403      | 403      | 401
      GET /api/reports/apartment-stock?from=2026-01-01&to=2026-03-31                          | 403      | 403      | 403      | 403      | 200      | 403      | 403      | 401
      GET /api/access-log?clientId=999999999                    | 403      | 403      | 403      | 403      | 200      | 403      | 403      | 401
      GET /api/access-log.csv                                   | 403      | 403      | 403      | 403      | 200      | 403      | 403      | 401
      GET /api/access-log/reviews                               | 403      | 403      | 403      | 403      | 200      | 403      | 403      | 401
      POST /api/access-log/reviews {}                           | 403      | 403      | 403      | 403      | 400      | 403      | 403      | 401
      POST /api/access-log/anomalies/999999999/review {}        | 403      | 403      | 403      | 403      | 400      | 403      | 403      | 401
      GET /api/me/notification-settings                         | 200      | 200      | 200      | 200      | 200      | 403      | 403      | 401
      PUT /api/me/notification-settings {}                      | 400      | 400      | 400      | 400      | 400      | 403      | 403      | 401
      GET /api/notification-settings                            | 403      | 403      | 403      | 403      | 200      | 403      | 403      | 401
      GET /engine-rest/task                                     | 200      | 200+     | 200      | 200      | 200+     | 200+     | 403      | 401
      GET /engine-rest/task?processInstanceId={instance}        | 200[]    | 200+     | 200[]    | 200[]    | 200+     | 200+     | 403      | 401
      GET /engine-rest/task/{task}                              | 404      | 200      | 404      | 404      | 200      | 200      | 403      | 401
      GET /engine-rest/task/{task}/variables                    | 403      | 200{F}   | 403      | 403      | 200{P}   | 200{P}   | 403      | 401
      GET /engine-rest/task/{task}/form-variables               | 403      | 200{F}   | 403      | 403      | 200{P}   | 200{P}   | 403      | 401
      GET /engine-rest/task/{task}/variables/clientId           | 403      | 404      | 403      | 403      | 200      | 200      | 403      | 401
      GET /engine-rest/task/{task}/variables/done               | 403      | 200      | 403      | 403      | 200      | 200      | 403      | 401
      GET /engine-rest/task/{task}/localVariables               | 403      | 200{L}   | 403      | 403      | 200{L}   | 200{L}   | 403      | 401
      POST /engine-rest/task {"taskVariables":[{"name":"caseNumber","operator":"eq","value":"VK-2026-99001"}]} | 200[] | 200+ | 200[] | 200[] | 200+ | 200+ | 403 | 401
      POST /engine-rest/task {"processVariables":[{"name":"clientId","operator":"eq","value":999999001}]} | 403 | 403 | 403 | 403 | 200+ | 200+ | 403 | 401
      POST /engine-rest/task {"processVariables":[{"name":"caseNumber","operator":"eq","value":"VK-2026-99001"}]} | 200[] | 200+ | 200[] | 200[] | 200+ | 200+ | 403 | 401
      POST /engine-rest/task {"sorting":[{"sortBy":"processVariable","sortOrder":"asc","parameters":{"variable":"caseNumber","type":"String"}}]} | 200 | 200 | 200 | 200 | 200 | 200 | 403 | 401
      POST /engine-rest/task {"sorting":[{"sortBy":"processVariable","sortOrder":"asc","parameters":{"variable":"clientId","type":"Long"}}]} | 403 | 403 | 403 | 403 | 200 | 200 | 403 | 401
      POST /engine-rest/task {"orQueries":[{"processVariables":[{"name":"note","operator":"like","value":"%"}]}]} | 403 | 403 | 403 | 403 | 200+ | 200+ | 403 | 401
      POST /engine-rest/task {"sorting":[{"sortBy":"processVariable","sortOrder":"asc","parameters":{"variable":"clientId","type":"Long"}}]} | 403 | 403 | 403 | 403 | 200+ | 200+ | 403 | 401
      POST /engine-rest/task {"sorting":[{"sortBy":"taskVariable","sortOrder":"asc","parameters":{"variable":"caseNumber","type":"String"}}]} | 200 | 200+ | 200 | 200 | 200+ | 200+ | 403 | 401
      GET /engine-rest/filter                                   | 200+     | 200+     | 200+     | 200+     | 200+     | 200+     | 403      | 401
      GET /engine-rest/process-definition                       | 200+     | 200+     | 200+     | 200+     | 200+     | 200+     | 403      | 401
      GET /engine-rest/process-instance?processInstanceIds={instance} | 200[] | 200[] | 200[]   | 200[]    | 200+     | 200+     | 403      | 401
      GET /engine-rest/process-instance/{instance}              | 404      | 404      | 404      | 404      | 200      | 200      | 403      | 401
      GET /engine-rest/process-instance/{instance}/variables    | 403      | 403      | 403      | 403      | 200{P}   | 200{P}   | 403      | 401
      GET /engine-rest/variable-instance?processInstanceIdIn={instance} | 200[] | 200{L} | 200[] | 200[]  | 200{P}   | 200{P}   | 403      | 401
      GET /engine-rest/history/process-instance?processInstanceId={instance} | 200[] | 200[] | 200[] | 200[] | 200+ | 200+ | 403      | 401
      GET /engine-rest/history/task?processInstanceId={instance} | 200[]   | 200[]    | 200[]    | 200[]    | 200+     | 200+     | 403      | 401
      GET /engine-rest/history/variable-instance?processInstanceId={instance} | 200[] | 200[] | 200[] | 200[] | 200 | 200 | 403   | 401
      GET /engine-rest/history/detail?processInstanceId={instance} | 200[] | 200[]    | 200[]    | 200[]    | 200      | 200      | 403      | 401
      GET /engine-rest/deployment                               | 200[]    | 200[]    | 200[]    | 200[]    | 200[]    | 200+     | 403      | 401
      GET /engine-rest/authorization                            | 200[]    | 200[]    | 200[]    | 200[]    | 200[]    | 200+     | 403      | 401
      GET /engine-rest/user                                     | 200+     | 200+     | 200+     | 200+     | 200+     | 200+     | 403      | 401
      GET /engine-rest/group                                    | 200+     | 200+     | 200+     | 200+     | 200+     | 200+     | 403      | 401
      GET /engine-rest/incident                                 | 200[]    | 200[]    | 200[]    | 200[]    | 200      | 200      | 403      | 401
      POST /engine-rest/identity/verify {"username":"kim","password":"demo"} | 403 | 403 | 403 | 403 | 403 | 200 | 403 | 401
      GET /actuator/health                                      | 200      | 200      | 200      | 200      | 200      | 200      | 200      | 200
      LOGIN tasklist                                            | 200      | 200      | 200      | 200      | 200      | 200      | 403      | 401
      LOGIN cockpit                                             | 403      | 403      | 403      | 403      | 200      | 200      | 403      | 401
      LOGIN admin                                               | 403      | 403      | 403      | 403      | 403      | 200      | 403      | 401
      """;

  /**
   * {L}: the task's own (task-local) variables, the case number and client Tasklist lists;
   * {F}: what Tasklist shows on the task: {L} and its form's field ("done");
   * {P}: every variable of the process instance.
   */
  static final Map<String, String> VARIABLE_SETS = Map.of(
      "{L}", "{caseNumber,clientDisplayName}",
      "{F}", "{caseNumber,clientDisplayName,done}",
      "{P}", "{caseNumber,clientDisplayName,clientId,done,note}");

  @LocalServerPort
  int port;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping handlerMapping;

  @Test
  void everyRoleGetsExactlyWhatTheMatrixSays() {
    TestHttp http = new TestHttp(port);
    String instance = runtimeService.startProcessInstanceByKey("platform-smoke", "MATRIS-" + System.nanoTime(),
        Variables.createVariables().putValue("caseNumber", "VK-2026-99001").putValue("clientDisplayName", "Test T.")
            .putValue("clientId", 999_999_001L).putValue("note", "intern anteckning").putValue("done", false)).getId();
    String task = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
    List<String> lines = MATRIX.lines().skip(1).filter(line -> !line.isBlank()).toList();
    List<String> mismatches = new ArrayList<>();
    int cells = 0;
    try {
      for (String line : lines) {
        String[] columns = line.split("\\|");
        assertThat(columns).as(line).hasSize(ROLES.size() + 1);
        String request = columns[0].trim().replace("{instance}", instance).replace("{task}", task);
        for (int i = 0; i < ROLES.size(); i++) {
          String expected = columns[i + 1].trim();
          for (Map.Entry<String, String> set : VARIABLE_SETS.entrySet()) {
            expected = expected.replace(set.getKey(), set.getValue());
          }
          Response response = call(http, request, ROLES.get(i));
          cells++;
          String actual = describe(response, expected);
          if (!actual.equals(expected)) {
            mismatches.add(String.format("%-70s %-7s expected %s, got %s", request, ROLES.get(i), expected,
                actual + (response.status() >= 500 ? " " + response.body() : "")));
          }
        }
      }
    } finally {
      runtimeService.deleteProcessInstance(instance, "access matrix over");
    }
    assertThat(mismatches).as("%d cells checked", cells).isEmpty();
    assertThat(cells).isEqualTo(lines.size() * ROLES.size());
  }

  /** Every /api handler names the groups that may call it: nothing is open to every logged-in user. */
  @Test
  void everyApiEndpointNamesItsGroupsAndIsInTheMatrix() {
    List<String> unguarded = new ArrayList<>();
    Set<String> endpoints = new TreeSet<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> handler : handlerMapping.getHandlerMethods().entrySet()) {
      for (String pattern : handler.getKey().getPatternValues()) {
        if (!pattern.startsWith("/api/")) {
          continue;
        }
        HandlerMethod method = handler.getValue();
        boolean guarded = method.hasMethodAnnotation(RequireGroups.class)
            || method.getBeanType().isAnnotationPresent(RequireGroups.class);
        handler.getKey().getMethodsCondition().getMethods().forEach(verb -> {
          endpoints.add(verb + " " + pattern.replaceAll("\\{[^}]+}", "*"));
          if (!guarded) {
            unguarded.add(verb + " " + pattern);
          }
        });
      }
    }
    assertThat(unguarded).isEmpty();
    Set<String> inMatrix = new TreeSet<>();
    MATRIX.lines().skip(1).map(line -> line.split("\\|")[0].trim().split(" "))
        .filter(request -> request[1].startsWith("/api/"))
        .forEach(request -> inMatrix.add(request[0] + " " + request[1].replaceAll("\\?.*", "")
            .replaceAll("/999999999", "/*").replaceAll("/VK-0000-99999", "/*")));
    assertThat(inMatrix).containsAll(endpoints);
  }

  private static Response call(TestHttp http, String request, String user) {
    String[] parts = request.split(" ", 3);
    String password = user == null ? null : "demo";
    if (parts[0].equals("LOGIN")) {
      return http.webappLogin(parts[1], user == null ? "nobody" : user, user == null ? "wrong" : password);
    }
    String body = parts.length > 2 ? parts[2] : null;
    HttpRequest.Builder builder = http.at(parts[1]).header("Accept", "application/json");
    HttpRequest.BodyPublisher publisher = body == null
        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body);
    if (body != null) {
      builder.header("Content-Type", "application/json");
    }
    builder.method(parts[0], parts[0].equals("GET") ? HttpRequest.BodyPublishers.noBody() : publisher);
    return http.send(builder, user, password);
  }

  /** The answer in the matrix's notation, as close to the expected cell's form as the answer allows. */
  private static String describe(Response response, String expected) {
    String status = String.valueOf(response.status());
    if (response.status() != 200 || expected.equals("200")) {
      return status;
    }
    JsonNode json = response.json();
    if (expected.startsWith("200{")) {
      Set<String> names = new TreeSet<>();
      if (json.isArray()) {
        json.forEach(variable -> names.add(variable.get("name").asText()));
      } else {
        json.fieldNames().forEachRemaining(names::add);
      }
      return "200{" + String.join(",", names) + "}";
    }
    return json.isArray() && json.isEmpty() ? "200[]" : "200+";
  }
}
