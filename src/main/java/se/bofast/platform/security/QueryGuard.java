package se.bofast.platform.security;

import static se.bofast.platform.process.CommandFields.field;
import static se.bofast.platform.process.CommandFields.read;

import java.lang.reflect.Field;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.SaveFilterCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.query.Query;

/**
 * In the engine's command chain (inside the command context, before the command runs), so
 * that every entry point — /engine-rest, Tasklist's /camunda/api/engine, the Java API — is
 * covered. Camunda refuses expressions at the top level of an ad-hoc query but evaluates those
 * of its or-queries and of a filter's stored and extending queries; here:
 * <ul>
 *   <li>a query run as a command (every ad-hoc query: list, count, single result) may hold
 *       only {@link QueryExpressions#ALLOWED} expressions, or-queries included;</li>
 *   <li>a filter's execution (list, count, single result, with or without an extending query):
 *       the same for the stored query and for the extending query;</li>
 *   <li>saving a filter: the same, and a filter with any expression only by an engine
 *       administrator (camunda-admin) or by the application itself (no user logged in).</li>
 * </ul>
 * And for the queries a user sends (ad-hoc and extending): {@link TaskQueryVariables}.
 * Refusals are BadUserRequestException (400) and AuthorizationException (403).
 */
class QueryGuard extends CommandInterceptor {

  private static final Field FILTER_ID = field(AbstractExecuteFilterCmd.class, "filterId");
  private static final Field EXTENDING_QUERY = field(AbstractExecuteFilterCmd.class, "extendingQuery");
  private static final Field SAVED_FILTER = field(SaveFilterCmd.class, "filter");

  @Override
  public <T> T execute(Command<T> command) {
    if (command instanceof AbstractQuery<?, ?> query) {
      QueryExpressions.requireAllowed(query);
      TaskQueryVariables.requireTaskVariablesOnly(query);
    } else if (command instanceof AbstractExecuteFilterCmd execute) {
      checkExecution(execute);
    } else if (command instanceof SaveFilterCmd save) {
      checkSave((Filter) read(SAVED_FILTER, save));
    }
    return next.execute(command);
  }

  private static void checkExecution(AbstractExecuteFilterCmd command) {
    Query<?, ?> extending = (Query<?, ?>) read(EXTENDING_QUERY, command);
    if (extending != null) {
      QueryExpressions.requireAllowed(extending);
      TaskQueryVariables.requireTaskVariablesOnly(extending);
    }
    String filterId = (String) read(FILTER_ID, command);
    if (filterId != null) {
      // the command loads the same filter (the entity cache answers it the second time); a
      // missing or unreadable filter is left to the command, which refuses it as it always does
      Filter stored = Context.getCommandContext().getFilterManager().findFilterById(filterId);
      if (stored != null) {
        QueryExpressions.requireAllowed(stored.getQuery());
      }
    }
  }

  private static void checkSave(Filter filter) {
    if (filter == null || filter.getQuery() == null) {
      return;
    }
    QueryExpressions.requireAllowed(filter.getQuery());
    if (QueryExpressions.any(filter.getQuery()) && !mayStoreExpressions()) {
      throw new AuthorizationException("Endast administratörer får spara filter med uttryck.");
    }
  }

  private static boolean mayStoreExpressions() {
    CommandContext context = Context.getCommandContext();
    Authentication authentication = context.getAuthentication();
    return authentication == null || authentication.getUserId() == null
        || context.getAuthorizationManager().isCamundaAdmin(authentication);
  }
}
