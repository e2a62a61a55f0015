package se.bofast.workplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static se.bofast.workplan.WorkPlanTestPlans.newClient;
import static se.bofast.workplan.WorkPlanTestPlans.plan;
import static se.bofast.workplan.WorkPlanTestPlans.put;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.bofast.client.ClientTeam;
import se.bofast.client.TeamRole;
import se.bofast.support.AppTest;
import se.bofast.support.Staff;
import se.bofast.support.TestHttp;
import se.bofast.support.TestHttp.Response;

/** work-plan-followup: the timer gives the client's boendelots the follow-up task; it continues or ends the plan. */
@AppTest
class WorkPlanFollowupProcessTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ClientTeam team;
  @Autowired WorkPlans plans;

  Staff staff;
  TestHttp http;
  LocalDate today;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    staff = new Staff(engine);
    http = new TestHttp(port);
    today = LocalDate.now(WorkPlanConstants.ZONE);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void onTheFollowUpDateTheClientsBoendelotsFollowsUpAndTheNextDateWaitsUntilThePlanEnds() {
    long client = newClient(http);
    team.assign(client, TeamRole.CASE_MANAGER, "kim", "eva");
    team.assign(client, TeamRole.BOENDELOTS, "lotta", "kim");
    LocalDate on = today.plusDays(7);
    assertThat(put(http, client, "kim", plan("uppföljning", on, null)).status()).isEqualTo(200);
    ProcessInstance pi = followup(client);
    assertThat(pi).isWaitingAt(WorkPlanConstants.TIMER_FOLLOW_UP);

    staff.moveClockTo(on.minusDays(1).atTime(16, 0), pi.getId());
    assertThat(pi).isWaitingAt(WorkPlanConstants.TIMER_FOLLOW_UP);
    staff.moveClockTo(on.atTime(9, 0), pi.getId());
    assertThat(pi).isWaitingAt(WorkPlanConstants.TASK_FOLLOW_UP);
    Task task = staff.task(pi.getId(), WorkPlanConstants.TASK_FOLLOW_UP, "boendelots");
    assertThat(task.getName()).isEqualTo("Följ upp arbetsplanen");
    assertThat(task.getAssignee()).as("the client's named boendelots").isEqualTo("lotta");
    assertThat(tasks.getVariableLocal(task.getId(), "caseNumber")).isEqualTo(plans.get(client).caseNumber());

    LocalDate next = on.plusDays(30);
    staff.complete(task, "boendelots", Map.of("planOutcome", "CONTINUE", "nextFollowUpOn", next.toString()));
    assertThat(pi).isWaitingAt(WorkPlanConstants.TIMER_FOLLOW_UP);
    assertThat(Staff.localDate(staff.timer(pi).getDuedate())).isEqualTo(next);
    WorkPlanView followedUp = plans.get(client);
    assertThat(followedUp.version()).isEqualTo(2);
    assertThat(followedUp.followUpOn()).isEqualTo(next);
    assertThat(followedUp.history().get(1).event()).isEqualTo("FOLLOWED_UP");
    assertThat(followedUp.history().get(1).changedBy().userId()).isEqualTo("lotta");
    assertThat(followedUp.history().get(1).changes()).containsExactly("Uppföljning gjord " + on,
        "Nästa uppföljning " + next);

    staff.moveClockTo(next.atTime(9, 0), pi.getId());
    Task second = staff.task(pi.getId(), WorkPlanConstants.TASK_FOLLOW_UP, "boendelots");
    assertThatThrownBy(() -> staff.complete(second, "boendelots", Map.of("planOutcome", "CONTINUE")))
        .hasMessageContaining("Ange datum för nästa uppföljning.");
    assertThatThrownBy(() -> staff.complete(second, "boendelots",
        Map.of("planOutcome", "CONTINUE", "nextFollowUpOn", next.toString())))
        .hasMessageContaining("Nästa uppföljning ska ligga efter i dag.");
    assertThat(plans.get(client).version()).as("nothing stored").isEqualTo(2);

    staff.complete(second, "boendelots", Map.of("planOutcome", "END"));
    assertThat(pi).isEnded();
    WorkPlanView ended = plans.get(client);
    assertThat(ended.ended()).isTrue();
    assertThat(ended.version()).isEqualTo(3);
    assertThat(plans.agreedRentDebtContact(client)).isEmpty();
  }

  @Test
  void aChangedDateMovesTheTimerAndAPlanSavedAfterItEndedIsFollowedUpAgain() {
    long client = newClient(http);
    team.assign(client, TeamRole.CASE_MANAGER, "kim", "eva");
    assertThat(put(http, client, "kim", plan("flytt", today.plusDays(20), null)).status()).isEqualTo(200);
    ProcessInstance pi = followup(client);
    assertThat(put(http, client, "kim", plan("flytt", today.plusDays(3), 1)).status()).isEqualTo(200);
    assertThat(Staff.localDate(staff.timer(pi).getDuedate())).isEqualTo(today.plusDays(3));
    assertThat(runtime.getVariable(pi.getId(), "followUpOn")).isEqualTo(today.plusDays(3).toString());

    staff.moveClockTo(today.plusDays(3).atTime(9, 0), pi.getId());
    Task task = staff.task(pi.getId(), WorkPlanConstants.TASK_FOLLOW_UP, "boendelots");
    assertThat(task.getAssignee()).as("no boendelots in the team: the group's task").isNull();
    // saved while the task is open: the task stays, the form shows the new date
    assertThat(put(http, client, "lotta", plan("flytt", today.plusDays(5), 2)).status()).isEqualTo(200);
    assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isOne();
    assertThat(runtime.getVariable(pi.getId(), "followUpOn")).isEqualTo(today.plusDays(5).toString());
    staff.complete(task, "boendelots", Map.of("planOutcome", "END"));
    assertThat(pi).isEnded();

    Response again = put(http, client, "kim", plan("flytt", today.plusDays(40), 4));
    assertThat(again.status()).as(again.body()).isEqualTo(200);
    assertThat(again.json().path("ended").asBoolean()).isFalse();
    assertThat(again.json().path("history").get(4).path("changes").get(0).asText()).isEqualTo("Arbetsplanen återupptagen");
    ProcessInstance restarted = followup(client);
    assertThat(restarted.getId()).isNotEqualTo(pi.getId());
    assertThat(Staff.localDate(staff.timer(restarted).getDuedate())).isEqualTo(today.plusDays(40));
  }

  private ProcessInstance followup(long client) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(WorkPlanConstants.PROCESS_FOLLOWUP)
        .variableValueEquals("clientId", client).active().singleResult();
  }
}
