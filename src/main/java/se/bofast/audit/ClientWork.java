package se.bofast.audit;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import se.bofast.client.ClientTeam;
import se.bofast.client.ClientTeamView;
import se.bofast.platform.process.SystemAccess;

/**
 * Who works a client: the client's named team at a moment (client.ClientTeam's history), and the
 * roles of the client's work — the candidate groups of the tasks of every process about the client
 * (process variable clientId), open or done. Read as the application.
 */
@Component
class ClientWork {

  private final ClientTeam team;
  private final TaskService tasks;
  private final HistoryService history;
  private final IdentityService identity;
  private final SystemAccess system;

  ClientWork(ClientTeam team, TaskService tasks, HistoryService history, IdentityService identity,
      SystemAccess system) {
    this.team = team;
    this.tasks = tasks;
    this.history = history;
    this.identity = identity;
    this.system = system;
  }

  /** The client's team with its history. */
  ClientTeamView team(long clientId) {
    return team.team(clientId);
  }

  /** Whether the user held a role in the client's team (its view with history) at the moment. */
  static boolean onTeam(ClientTeamView view, String userId, Instant at) {
    return view.history().stream().anyMatch(h -> h.userId().equals(userId) && !h.heldFrom().isAfter(at)
        && (h.heldUntil() == null || h.heldUntil().isAfter(at)));
  }

  /** The candidate groups of the client's tasks, open and done. */
  Set<String> roles(long clientId) {
    return system.call(() -> {
      Set<String> groups = new HashSet<>();
      List<Task> open = tasks.createTaskQuery().processVariableValueEquals(EngineSubjects.VAR_CLIENT_ID, clientId)
          .list();
      for (Task task : open) {
        for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
          if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
            groups.add(link.getGroupId());
          }
        }
      }
      List<HistoricTaskInstance> done = history.createHistoricTaskInstanceQuery()
          .processVariableValueEquals(EngineSubjects.VAR_CLIENT_ID, clientId).finished().list();
      for (HistoricTaskInstance task : done) {
        for (HistoricIdentityLinkLog link : history.createHistoricIdentityLinkLogQuery().taskId(task.getId())
            .type(IdentityLinkType.CANDIDATE).list()) {
          if (link.getGroupId() != null) {
            groups.add(link.getGroupId());
          }
        }
      }
      return groups;
    });
  }

  /** The user's groups now. */
  Set<String> groups(String userId) {
    return system.call(() -> identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
        .collect(Collectors.toSet()));
  }
}
