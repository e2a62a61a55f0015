package se.bofast.workplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.bofast.workplan.WorkPlanTestPlans.plan;
import static se.bofast.workplan.WorkPlanTestPlans.put;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.bofast.client.Needs;
import se.bofast.eviction.CaseView;
import se.bofast.eviction.Signal;
import se.bofast.eviction.SignalIntake;
import se.bofast.eviction.SignalSource;
import se.bofast.eviction.SignalType;
import se.bofast.housing.JourneyReferrals;
import se.bofast.housing.Situation;
import se.bofast.support.AppTest;
import se.bofast.support.Staff;
import se.bofast.support.TestHttp;
import se.bofast.support.TestPersonnummer;

/**
 * A rent-arrears signal about a client in the housing chain gives the contact agreed in the
 * work plan a task, in the signal's transaction; a household outside the chain gets none.
 */
@AppTest
class RentDebtContactTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired JourneyReferrals referrals;
  @Autowired SignalIntake intake;

  TestHttp http;
  Staff staff;
  LocalDate today;

  @BeforeEach
  void setUp() {
    http = new TestHttp(port);
    staff = new Staff(engine);
    today = LocalDate.now(WorkPlanConstants.ZONE);
  }

  @Test
  void aRentArrearsSignalForAChainClientGivesTheAgreedSocialsekreterareTheTask() {
    String pnr = TestPersonnummer.next();
    long client = chainClient(pnr);
    assertThat(put(http, client, "kim", plan("hyra", today.plusDays(30), null)).status()).isEqualTo(200);

    CaseView opened = intake.receive(signal(pnr, "HY-1", SignalType.RENT_ARREARS), "intake").evictionCase();

    Task task = contactTask(client);
    assertThat(task.getName()).isEqualTo("Kontakta klienten om hyresskulden enligt arbetsplanen");
    assertThat(task.getAssignee()).as("the plan's agreed contact").isEqualTo("sara");
    assertThat(task.getDueDate()).isNotNull();
    assertThat(tasks.getVariableLocal(task.getId(), "caseNumber")).isEqualTo(opened.caseNumber());
    assertThat(tasks.getIdentityLinksForTask(task.getId())).anyMatch(l -> "socialsekreterare".equals(l.getGroupId()));

    assertThatThrownBy(() -> staff.complete(task, "socialsekreterare",
        Map.of("contactedOn", today.plusDays(1).toString(), "reached", true)))
        .hasMessageContaining("Datumet får inte ligga i framtiden.");
    staff.complete(task, "socialsekreterare", Map.of("contactedOn", today.toString(), "reached", true));
    assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isZero();
  }

  @Test
  void aHouseholdOutsideTheChainGetsNoTask() {
    long before = instances();
    intake.receive(signal(TestPersonnummer.next(), "HY-2", SignalType.RENT_ARREARS), "intake");
    assertThat(instances()).isEqualTo(before);
  }

  @Test
  void rentArrearsJoiningAChainClientsDisturbanceCaseTriggersTheContactOnce() {
    String pnr = TestPersonnummer.next();
    long client = chainClient(pnr);
    CaseView opened = intake.receive(signal(pnr, "ST-1", SignalType.DISTURBANCE), "intake").evictionCase();
    assertThat(contactTasks(client)).isZero();

    intake.receive(signal(pnr, "HY-3", SignalType.RENT_ARREARS), "intake");
    staff.runDueJobs(opened.processInstanceId());
    Task task = contactTask(client);
    assertThat(task.getAssignee()).as("no plan, no socialsekreterare in the team: the group's task").isNull();
    assertThat(tasks.getVariableLocal(task.getId(), "caseNumber")).isEqualTo(opened.caseNumber());

    intake.receive(signal(pnr, "ST-2", SignalType.DISTURBANCE), "intake");
    staff.runDueJobs(opened.processInstanceId());
    assertThat(contactTasks(client)).as("a later signal of another kind triggers nothing").isOne();
  }

  private long chainClient(String pnr) {
    referrals.referFromEviction(new JourneyReferrals.EvictionReferral(pnr, "Tove Ek", Needs.PSYCHIATRIC, 0,
        Situation.HARBARGE, "Härbärget Skarpnäck", "VR-TEST"), "kim");
    return referrals.openJourney(pnr).orElseThrow().clientId();
  }

  private Task contactTask(long client) {
    return tasks.createTaskQuery().processDefinitionKey(WorkPlanConstants.PROCESS_RENT_DEBT)
        .processVariableValueEquals("clientId", client).singleResult();
  }

  private long contactTasks(long client) {
    return tasks.createTaskQuery().processDefinitionKey(WorkPlanConstants.PROCESS_RENT_DEBT)
        .processVariableValueEquals("clientId", client).count();
  }

  private long instances() {
    return runtime.createProcessInstanceQuery().processDefinitionKey(WorkPlanConstants.PROCESS_RENT_DEBT).count();
  }

  private static Signal signal(String pnr, String reference, SignalType type) {
    return new Signal(reference + "-" + pnr, SignalSource.LANDLORD, type, pnr, "Tove Ek",
        "Sveavägen 1 lgh " + pnr.replace("-", "").substring(6), "113 59", "Stockholm", "Familjebostäder",
        "556677-8899", 0, type == SignalType.RENT_ARREARS ? BigDecimal.valueOf(12400) : null, null, null, null);
  }
}
