package se.bofast.staff;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.bofast.client.ClientAccess;
import se.bofast.client.ClientService;
import se.bofast.identity.Groups;
import se.bofast.platform.process.SystemAccess;
import se.bofast.platform.web.ForbiddenException;
import se.bofast.platform.web.NotFoundException;
import se.bofast.platform.web.RequireGroups;

/**
 * Which client a Tasklist task is about, for the task view's "Klient" tab (Tasklist's
 * bofast-staff-pages.js): staff may not read a task's process variables themselves (the
 * engine guard allows only the task's case number and display name), so the tab asks here.
 * The answer names the client only to those {@link ClientAccess} lets read the client's file.
 */
@RestController
@RequireGroups({Groups.CASE_MANAGER, Groups.BOENDELOTS, Groups.SOCIALSEKRETERARE, Groups.BOSAMORDNARE,
    Groups.ENHETSCHEF})
class TaskClientController {

  static final String API_TASK_CLIENT = "/api/tasks/{taskId}/client";
  private static final String VAR_CLIENT_ID = "clientId";
  private static final String VAR_CASE_NUMBER = "caseNumber";
  private static final int TASK_ID_MAX_LENGTH = 64;

  /** The task's client: id (the client page's address) and the name Tasklist shows. */
  record TaskClient(String taskId, long clientId, String displayName) {
  }

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final SystemAccess system;
  private final ClientAccess clientAccess;
  private final ClientService clients;
  private final IdentityService identity;

  TaskClientController(TaskService tasks, RuntimeService runtime, SystemAccess system, ClientAccess clientAccess,
      ClientService clients, IdentityService identity) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.system = system;
    this.clientAccess = clientAccess;
    this.clients = clients;
    this.identity = identity;
  }

  @GetMapping(API_TASK_CLIENT)
  TaskClient client(@PathVariable String taskId) {
    if (taskId.length() > TASK_ID_MAX_LENGTH) {
      throw new NotFoundException("Uppgiften finns inte.");
    }
    String[] caseNumber = new String[1];
    Long clientId = system.call(() -> {
      Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
      if (task == null) {
        throw new NotFoundException("Uppgiften finns inte.");
      }
      if (task.getProcessInstanceId() == null) {
        return null;
      }
      Object value = runtime.getVariable(task.getProcessInstanceId(), VAR_CLIENT_ID);
      caseNumber[0] = runtime.getVariable(task.getProcessInstanceId(), VAR_CASE_NUMBER) instanceof String s ? s : null;
      return value instanceof Number n ? n.longValue() : null;
    });
    if (clientId == null) {
      throw new NotFoundException("Uppgiften hör inte till någon klient.");
    }
    var user = identity.getCurrentAuthentication();
    List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    if (!clientAccess.mayRead(clientId, user.getUserId(), groups)) {
      throw new ForbiddenException("Du har inte tillgång till klientens akt.");
    }
    // a protected client's name only for the team and the enhetschef; others see the task's case number
    return new TaskClient(taskId, clientId,
        clientAccess.identityFor(clients.get(clientId), user.getUserId(), caseNumber[0]).displayName());
  }
}
