package se.bofast.client;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import se.bofast.platform.process.SystemAccess;

/**
 * The client's open tasks follow the team: a task goes to the named holder of its candidate
 * group's role (the candidate group stays, so colleagues can cover), and carries each current
 * team member as an identity link of type {@value #TEAM_LINK} (Tasklist's "Mina klienters
 * uppgifter"). Runs as the application: the caller's rules (team or enhetschef) are checked before.
 */
@Component
class TeamTasks {

  /** The identity link type naming a member of the task's client's team. */
  static final String TEAM_LINK = "team";
  /** The process variable that names the client (client-journey, care-plan, assessment-followup). */
  static final String VAR_CLIENT_ID = "clientId";

  private final TaskService taskService;
  private final SystemAccess system;

  TeamTasks(TaskService taskService, SystemAccess system) {
    this.taskService = taskService;
    this.system = system;
  }

  /** The role changed hands: its tasks that the previous holder or nobody had go to the new holder. */
  void roleChanged(long clientId, TeamRole role, String previous, String holder, Set<String> team) {
    system.run(() -> {
      for (Task task : openTasks(clientId)) {
        List<IdentityLink> links = taskService.getIdentityLinksForTask(task.getId());
        boolean ofRole = links.stream().anyMatch(l -> IdentityLinkType.CANDIDATE.equals(l.getType())
            && role.group().equals(l.getGroupId()));
        if (ofRole && (task.getAssignee() == null || task.getAssignee().equals(previous))) {
          taskService.setAssignee(task.getId(), holder);
        }
        syncLinks(task.getId(), links, team);
      }
    });
  }

  /** The team changed: the client's open tasks name its current members, and no one else. */
  void teamChanged(long clientId, Set<String> team) {
    system.run(() -> openTasks(clientId).forEach(task ->
        syncLinks(task.getId(), taskService.getIdentityLinksForTask(task.getId()), team)));
  }

  /** Every open task assigned to {@code from} (of the candidate group, when given) goes to {@code to}. */
  void reassign(String from, String to, String candidateGroup) {
    system.run(() -> {
      var query = taskService.createTaskQuery().taskAssignee(from);
      if (candidateGroup != null) {
        query.taskCandidateGroup(candidateGroup).includeAssignedTasks();
      }
      query.list().forEach(task -> taskService.setAssignee(task.getId(), to));
    });
  }

  private List<Task> openTasks(long clientId) {
    return taskService.createTaskQuery().processVariableValueEquals(VAR_CLIENT_ID, clientId).list();
  }

  private void syncLinks(String taskId, List<IdentityLink> links, Set<String> team) {
    links.stream()
        .filter(l -> TEAM_LINK.equals(l.getType()) && l.getUserId() != null && !team.contains(l.getUserId()))
        .forEach(l -> taskService.deleteUserIdentityLink(taskId, l.getUserId(), TEAM_LINK));
    team.stream()
        .filter(user -> links.stream().noneMatch(l -> TEAM_LINK.equals(l.getType()) && Objects.equals(user, l.getUserId())))
        .forEach(user -> taskService.addUserIdentityLink(taskId, user, TEAM_LINK));
  }
}
