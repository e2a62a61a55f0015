package se.bofast.eviction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.bofast.support.AppTest;
import se.bofast.support.Staff;
import se.bofast.support.TestPersonnummer;

/**
 * What an intake signal leaves in the engine's history (PersonalDataHistoryLevel): each process
 * variable once, the task-local copies for Tasklist not at all, no variable-update details for
 * what the application set; a form a user submits keeps its details.
 */
@AppTest
class SignalHistoryTest {

  @Autowired SignalIntake intake;
  @Autowired HistoryService historyService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired FormService formService;
  @Autowired ManagementService managementService;
  @Autowired RepositoryService repositoryService;
  @Autowired Clock clock;

  @Test
  void anIntakeSignalKeepsEachVariableOnceAndNoDetails() {
    CaseView opened = intake.receive(EvictionProcessTest.signal(TestPersonnummer.next(), SignalType.DISTURBANCE, 0,
        null, null, null), "intake").evictionCase();
    String pid = opened.processInstanceId();

    Task contact = taskService.createTaskQuery().processInstanceId(pid).taskDefinitionKey("Task_ContactTenant")
        .singleResult();
    assertThat(taskService.getVariablesLocal(contact.getId())).as("Tasklist still reads the copies on the task")
        .containsEntry("caseNumber", opened.caseNumber()).containsEntry("clientDisplayName", "Tove E.");

    List<HistoricVariableInstance> variables = historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(pid).list();
    assertThat(variables).extracting(HistoricVariableInstance::getName)
        .contains("evictionCaseId", "caseNumber", "clientDisplayName", "priority", "contactDeadline")
        .doesNotHaveDuplicates();
    assertThat(variables).as("no task-local copy in history").allMatch(v -> v.getTaskId() == null);
    assertThat(historyService.createHistoricDetailQuery().processInstanceId(pid).count())
        .as("no details of what the application set").isZero();
  }

  @Test
  void aFormAUserSubmitsKeepsItsDetails() {
    CaseView opened = intake.receive(EvictionProcessTest.signal(TestPersonnummer.next(), SignalType.EARLY_WARNING, 0,
        null, null, null), "intake").evictionCase();
    String pid = opened.processInstanceId();
    Staff staff = new Staff(EvictionConstants.PROCESS_KEY, identityService, formService, taskService,
        managementService, repositoryService);

    staff.complete(pid, "Task_ContactTenant", "bosamordnare",
        Map.of("channel", "LETTER", "attemptDate", LocalDate.now(clock).toString(), "reached", false));

    List<HistoricDetail> details = historyService.createHistoricDetailQuery().processInstanceId(pid).list();
    assertThat(details).as("bosse's submission is recorded").isNotEmpty()
        .allMatch(d -> d instanceof HistoricVariableUpdate)
        .extracting(d -> ((HistoricVariableUpdate) d).getVariableName()).contains("reached");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pid).list())
        .as("the next contact task's copies stay out of history too").allMatch(v -> v.getTaskId() == null);
    assertThat(taskService.createTaskQuery().processInstanceId(pid).taskDefinitionKey("Task_ContactTenant").count())
        .as("not reached: a new attempt").isEqualTo(1);
  }
}
