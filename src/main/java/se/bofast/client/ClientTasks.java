package se.bofast.client;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import se.bofast.platform.process.SystemAccess;

/**
 * The open user tasks of a client's processes (every process that carries the client's id as
 * the variable {@value TeamTasks#VAR_CLIENT_ID}: client-journey, care-plan, assessment-followup,
 * an eviction case of a chain client), read as the application: callers decide first who may
 * see them ({@link ClientAccess}). Earliest due date first, tasks without one last.
 */
@Component
public class ClientTasks {

  /**
   * An open task: its Tasklist id, name, who has it (null: nobody yet), when it is due (null:
   * no due date), its candidate groups and the case number Tasklist shows.
   */
  public record OpenTask(String id, String name, String assignee, Instant due, Instant created,
      List<String> candidateGroups, String caseNumber) {
  }

  private static final String VAR_CASE_NUMBER = "caseNumber";

  private final TaskService tasks;
  private final SystemAccess system;

  ClientTasks(TaskService tasks, SystemAccess system) {
    this.tasks = tasks;
    this.system = system;
  }

  public List<OpenTask> open(long clientId) {
    return system.call(() -> tasks.createTaskQuery().processVariableValueEquals(TeamTasks.VAR_CLIENT_ID, clientId)
        .list().stream().map(this::view)
        .sorted(Comparator.comparing(OpenTask::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(OpenTask::created, Comparator.nullsLast(Comparator.naturalOrder())))
        .toList());
  }

  private OpenTask view(Task task) {
    List<String> groups = tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(IdentityLink::getGroupId).filter(Objects::nonNull).distinct().toList();
    Object caseNumber = tasks.getVariableLocal(task.getId(), VAR_CASE_NUMBER);
    if (caseNumber == null) {
      caseNumber = tasks.getVariable(task.getId(), VAR_CASE_NUMBER);
    }
    return new OpenTask(task.getId(), task.getName(), task.getAssignee(),
        task.getDueDate() == null ? null : task.getDueDate().toInstant(),
        task.getCreateTime() == null ? null : task.getCreateTime().toInstant(), groups,
        caseNumber instanceof String s ? s : null);
  }
}
