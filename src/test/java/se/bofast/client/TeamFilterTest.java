package se.bofast.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.bofast.housing.ApartmentService;
import se.bofast.support.AppTest;
import se.bofast.support.TestHttp;

/** Tasklist's shared filter "Mina klienters uppgifter": the tasks of the clients whose team the user is on. */
@AppTest
class TeamFilterTest {

  static final String FILTER = "Mina klienters uppgifter";

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  ApartmentService apartments;

  TestHttp http;
  TeamScenarios scenarios;

  @BeforeEach
  void setUp() {
    http = new TestHttp(port);
    scenarios = new TeamScenarios(engine, apartments);
    TeamScenarios.at(2026, 1, 5);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aTeamMemberSeesTheClientsTasksOfEveryRoleAndNoOtherClientsTasks() {
    String onTeam = scenarios.user("team-cm-on", "case-manager");
    String notOnTeam = scenarios.user("team-cm-off", "case-manager");
    ProcessInstance ownClient = scenarios.journeyAtFirstContact();
    long clientId = scenarios.clientId(ownClient);
    assertThat(put(clientId, "CASE_MANAGER", onTeam)).isEqualTo(200);
    assertThat(put(clientId, "BOENDELOTS", "lotta")).isEqualTo(200);
    Task boendelotsTask = scenarios.task(ownClient, "Task_FirstContact");
    assertThat(boendelotsTask.getAssignee()).isEqualTo("lotta");
    // another client's task of the case managers' own candidate group, assigned to kim
    Task otherClientsTask = scenarios.task(scenarios.journeyStartedByKim("Kappmannen"), "Task_OutreachContact");
    assertThat(scenarios.candidateGroups(otherClientsTask)).containsExactly("case-manager");

    assertThat(listedFor(onTeam, "case-manager")).as("a boendelots task of a client on whose team the user is")
        .contains(boendelotsTask.getId())
        .doesNotContain(otherClientsTask.getId());
    assertThat(listedFor(notOnTeam, "case-manager")).as("involvedUser never matches through the candidate group")
        .doesNotContain(boendelotsTask.getId(), otherClientsTask.getId());
    assertThat(listedFor("lotta", "boendelots")).contains(boendelotsTask.getId())
        .doesNotContain(otherClientsTask.getId());
    assertThat(listedFor("kim", "case-manager")).contains(otherClientsTask.getId())
        .doesNotContain(boendelotsTask.getId());

    // the case manager changes: the former one no longer sees the client's boendelots task at all
    assertThat(put(clientId, "CASE_MANAGER", notOnTeam)).isEqualTo(200);
    assertThat(listedFor(notOnTeam, "case-manager")).contains(boendelotsTask.getId());
    assertThat(listedFor(onTeam, "case-manager")).doesNotContain(boendelotsTask.getId());
    assertThat(visibleTo(onTeam, "case-manager", boendelotsTask.getId())).isZero();
    assertThat(visibleTo(notOnTeam, "case-manager", boendelotsTask.getId())).isOne();
  }

  private long visibleTo(String user, String group, String taskId) {
    engine.getIdentityService().setAuthentication(user, List.of(group));
    try {
      return engine.getTaskService().createTaskQuery().taskId(taskId).count();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  @Test
  void theFilterIsSharedWithStaffWithTheSameColumnsAsTheOthers() {
    Filter filter = engine.getFilterService().createFilterQuery().filterName(FILTER).singleResult();
    assertThat(filter).isNotNull();
    Filter mine = engine.getFilterService().createFilterQuery().filterName("Mina uppgifter").singleResult();
    assertThat(filter.getProperties().get("variables")).isEqualTo(mine.getProperties().get("variables"));
    for (String group : List.of("case-manager", "boendelots", "bosamordnare", "socialsekreterare")) {
      engine.getIdentityService().setAuthentication("someone", List.of(group));
      try {
        assertThat(engine.getFilterService().createFilterQuery().filterName(FILTER).count())
            .as(group + " sees the filter").isOne();
      } finally {
        engine.getIdentityService().clearAuthentication();
      }
    }
  }

  private List<String> listedFor(String user, String group) {
    String filterId = engine.getFilterService().createFilterQuery().filterName(FILTER).singleResult().getId();
    engine.getIdentityService().setAuthentication(user, List.of(group));
    try {
      return engine.getFilterService().<Task>list(filterId).stream().map(Task::getId).toList();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private int put(long clientId, String role, String userId) {
    return http.send(http.at("/api/clients/" + clientId + "/team/" + role)
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString("{\"userId\":\"" + userId + "\"}")), "eva", "demo").status();
  }
}
