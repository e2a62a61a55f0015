package se.bofast.audit;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import se.bofast.platform.process.SystemAccess;

/**
 * Whom a task or a process instance is about: its process's {@code clientId}, {@code evictionCaseId}
 * and {@code caseNumber} variables, read as the application (the caller may read only the task).
 * Null when the process names neither a client nor a case (the steering report, this review).
 */
@Component
class EngineSubjects {

  static final String VAR_CLIENT_ID = "clientId";
  static final String VAR_CASE_ID = "evictionCaseId";
  static final String VAR_CASE_NUMBER = "caseNumber";
  private static final List<String> NAMES = List.of(VAR_CLIENT_ID, VAR_CASE_ID, VAR_CASE_NUMBER);

  record Subject(Long clientId, Long caseId, String caseNumber) {
  }

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final SystemAccess system;

  EngineSubjects(TaskService tasks, RuntimeService runtime, SystemAccess system) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.system = system;
  }

  Subject ofTask(String taskId) {
    return system.call(() -> {
      Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
      return task == null || task.getProcessInstanceId() == null ? null : read(task.getProcessInstanceId());
    });
  }

  Subject ofProcessInstance(String processInstanceId) {
    return system.call(() -> runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0
        ? null : read(processInstanceId));
  }

  private Subject read(String processInstanceId) {
    Map<String, Object> values = runtime.getVariables(processInstanceId, NAMES);
    Long clientId = values.get(VAR_CLIENT_ID) instanceof Number n ? n.longValue() : null;
    Long caseId = values.get(VAR_CASE_ID) instanceof Number n ? n.longValue() : null;
    String caseNumber = values.get(VAR_CASE_NUMBER) instanceof String s ? s : null;
    return clientId == null && caseId == null && caseNumber == null ? null : new Subject(clientId, caseId, caseNumber);
  }
}
