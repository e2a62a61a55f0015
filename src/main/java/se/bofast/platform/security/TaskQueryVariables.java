package se.bofast.platform.security;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.TaskQueryVariableValue;
import org.camunda.bpm.engine.impl.VariableInstanceQueryProperty;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.query.Query;
import se.bofast.platform.process.TaskListVariables;

/**
 * A task query that tests or sorts by a process variable tells whoever sends it that
 * variable's value on each task it finds ("processVariables":[{"name":"clientId",...}] finds
 * the task or not). So a user who may not read process instances (staff) may query and sort
 * tasks by the task's own variables, and by the process's case number and client display name
 * (what Tasklist lists on each task, {@link TaskListVariables#NAMES}: staff search their tasks
 * by case number), not by any other process variable: 403. Applied to the queries users send (ad-hoc, and a
 * filter's extending query), not to the shared filters' stored queries.
 */
final class TaskQueryVariables {

  private TaskQueryVariables() {
  }

  static void requireTaskVariablesOnly(Query<?, ?> query) {
    if (!(query instanceof TaskQueryImpl taskQuery) || readsProcessInstances()) {
      return;
    }
    for (TaskQueryImpl part : taskQuery.getQueries()) {
      for (TaskQueryVariableValue variable : part.getVariables()) {
        if (!variable.isLocal() && !TaskListVariables.NAMES.contains(variable.getName())) {
          throw refused();
        }
      }
      for (QueryOrderingProperty ordering : part.getOrderingProperties()) {
        if (QueryOrderingProperty.RELATION_VARIABLE.equals(ordering.getRelation()) && !byTaskVariable(ordering)
            && !byListedVariable(ordering)) {
          throw refused();
        }
      }
    }
  }

  private static boolean byTaskVariable(QueryOrderingProperty ordering) {
    return ordering.getRelationConditions() != null && ordering.getRelationConditions().stream()
        .anyMatch(condition -> VariableInstanceQueryProperty.TASK_ID.equals(condition.getProperty()));
  }

  /** Sorting by the case number or the client Tasklist lists (their values are on the task anyway). */
  private static boolean byListedVariable(QueryOrderingProperty ordering) {
    return ordering.getRelationConditions() != null && ordering.getRelationConditions().stream()
        .anyMatch(condition -> VariableInstanceQueryProperty.VARIABLE_NAME.equals(condition.getProperty())
            && TaskListVariables.NAMES.contains(String.valueOf(condition.getScalarValue())));
  }

  private static boolean readsProcessInstances() {
    CommandContext context = Context.getCommandContext();
    Authentication authentication = context.getAuthentication();
    return authentication == null || authentication.getUserId() == null || !context.isAuthorizationCheckEnabled()
        || context.getAuthorizationManager().isCamundaAdmin(authentication)
        || context.getAuthorizationManager().isAuthorized(Permissions.READ, Resources.PROCESS_INSTANCE, Authorization.ANY);
  }

  private static AuthorizationException refused() {
    return new AuthorizationException(
        "Uppgifter kan bara sökas och sorteras på uppgiftens egna variabler, inte på processens.");
  }
}
