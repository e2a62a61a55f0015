package se.bofast.client;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
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
  private final AuthorizationService authorizations;
  private final SystemAccess system;

  TeamTasks(TaskService taskService, AuthorizationService authorizations, SystemAccess system) {
    this.taskService = taskService;
    this.authorizations = authorizations;
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
        if (previous != null && !team.contains(previous)) {
          revokeUnlessInvolved(task.getId(), previous);
        }
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
      query.list().forEach(task -> {
        taskService.setAssignee(task.getId(), to);
        revokeUnlessInvolved(task.getId(), from);
      });
    });
  }

  private List<Task> openTasks(long clientId) {
    return taskService.createTaskQuery().processVariableValueEquals(VAR_CLIENT_ID, clientId).list();
  }

  private void syncLinks(String taskId, List<IdentityLink> links, Set<String> team) {
    links.stream()
        .filter(l -> TEAM_LINK.equals(l.getType()) && l.getUserId() != null && !team.contains(l.getUserId()))
        .forEach(l -> {
          taskService.deleteUserIdentityLink(taskId, l.getUserId(), TEAM_LINK);
          revokeUnlessInvolved(taskId, l.getUserId());
        });
    team.stream()
        .filter(user -> links.stream().noneMatch(l -> TEAM_LINK.equals(l.getType()) && Objects.equals(user, l.getUserId())))
        .forEach(user -> taskService.addUserIdentityLink(taskId, user, TEAM_LINK));
  }

  /**
   * The engine grants a user the task when it links or assigns it to them, but removing the
   * link or the assignment leaves the grant: a person who left the team would still see the
   * task. The grant goes once the user is neither assignee nor linked to the task.
   */
  private void revokeUnlessInvolved(String taskId, String userId) {
    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    boolean involved = userId.equals(task.getAssignee()) || userId.equals(task.getOwner())
        || taskService.getIdentityLinksForTask(taskId).stream().anyMatch(l -> userId.equals(l.getUserId()));
    if (!involved) {
      authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(taskId).userIdIn(userId)
          .list().stream().map(Authorization::getId).forEach(authorizations::deleteAuthorization);
    }
  }
}
