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

/**
 * A task query that tests or sorts by a process variable tells whoever sends it that
 * variable's value on each task it finds ("processVariables":[{"name":"clientId",...}] finds
 * the task or not). So a user who may not read process instances (staff) may query and sort
 * tasks by the task's own variables only (the case number and the client's display name
 * Tasklist shows), not by the process's: 403. Applied to the queries users send (ad-hoc, and a
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
        if (!variable.isLocal()) {
          throw refused();
        }
      }
      for (QueryOrderingProperty ordering : part.getOrderingProperties()) {
        if (QueryOrderingProperty.RELATION_VARIABLE.equals(ordering.getRelation()) && !byTaskVariable(ordering)) {
          throw refused();
        }
      }
    }
  }

  private static boolean byTaskVariable(QueryOrderingProperty ordering) {
    return ordering.getRelationConditions() != null && ordering.getRelationConditions().stream()
        .anyMatch(condition -> VariableInstanceQueryProperty.TASK_ID.equals(condition.getProperty()));
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
