package se.bofast.client;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Each user task of a client goes to the named holder of the task's role when it is created:
 * the client is the process variable {@value TeamTasks#VAR_CLIENT_ID}, the role the one whose
 * group is the task's candidate group (which stays, so colleagues can cover). The task also
 * names each current team member as a {@value TeamTasks#TEAM_LINK} identity link. A task
 * without a client, without a holder of its role or already assigned is left as it is.
 * Registered with the engine as a plugin of its own (a parse listener on every user task), so
 * the models need nothing.
 */
@Component
class TeamTaskAssignment extends AbstractProcessEnginePlugin {

  /** Resolved when a task is created, long after the engine (which this plugin configures) is up. */
  private final ObjectProvider<ClientTeam> team;

  TeamTaskAssignment(ObjectProvider<ClientTeam> team) {
    this.team = team;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
          behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, TeamTaskAssignment.this::assign);
        }
      }
    });
  }

  private void assign(DelegateTask task) {
    if (!(task.getVariable(TeamTasks.VAR_CLIENT_ID) instanceof Number clientId)) {
      return;
    }
    Map<TeamRole, String> holders = team.getObject().holders(clientId.longValue());
    if (holders.isEmpty()) {
      return;
    }
    if (task.getAssignee() == null) {
      roleOf(task).map(holders::get).ifPresent(task::setAssignee);
    }
    new LinkedHashSet<>(holders.values()).forEach(user -> task.addUserIdentityLink(user, TeamTasks.TEAM_LINK));
  }

  /**
   * The team role the task stands for. A task with the groups of several roles (the eviction
   * case's coordination task for boendelots and case manager) goes to the first of them in
   * {@link TeamRole}'s order — the case manager first, who holds the client's whole chain — so
   * that the choice never depends on the order the engine keeps the candidate links in.
   */
  private static Optional<TeamRole> roleOf(DelegateTask task) {
    return task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId)
        .map(TeamRole::ofGroup)
        .flatMap(Optional::stream)
        .min(java.util.Comparator.naturalOrder());
  }
}
