package se.bofast.platform.security;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Collections;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.query.Query;

/**
 * The only expressions a query may carry: the ones the application's own shared Tasklist
 * filters use (seeded by se.bofast.identity.IdentitySeeding), each on its own field. Any other
 * expression, on any field, at the top level or inside an or-query, is refused before the
 * engine evaluates it: the engine's expression language reaches every Spring bean and, through
 * reflection, any class, so an expression a user chose is code run on the server.
 */
public final class QueryExpressions {

  /** The groups of the logged-in user ("Min grupps uppgifter"). */
  public static final String CURRENT_USER_GROUPS = "${currentUserGroups()}";
  /** The logged-in user ("Mina uppgifter"; "Mina klienters uppgifter" as the involved user). */
  public static final String CURRENT_USER = "${currentUser()}";
  /** The engine's clock ("Förfallna"). */
  public static final String NOW = "${now()}";

  /** Field of the query (as the engine keys its expressions) → the one expression allowed there. */
  static final Map<String, String> ALLOWED = Map.of(
      "taskCandidateGroupIn", CURRENT_USER_GROUPS,
      "taskAssignee", CURRENT_USER,
      "taskInvolvedUser", CURRENT_USER,
      "dueBefore", NOW);

  private QueryExpressions() {
  }

  /** Every (field, expression) the query holds, its or-queries included. */
  static List<Map.Entry<String, String>> of(Query<?, ?> query) {
    List<Map.Entry<String, String>> found = new ArrayList<>();
    Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    collect(query, found, seen);
    return found;
  }

  private static void collect(Query<?, ?> query, List<Map.Entry<String, String>> found, Set<Object> seen) {
    if (!(query instanceof AbstractQuery<?, ?> abstractQuery) || !seen.add(query)) {
      return;
    }
    if (abstractQuery.getExpressions() != null) {
      found.addAll(abstractQuery.getExpressions().entrySet());
    }
    if (query instanceof TaskQueryImpl taskQuery && taskQuery.getQueries() != null) {
      taskQuery.getQueries().forEach(orQuery -> collect(orQuery, found, seen));
    }
  }

  /** Whether the query (or one of its or-queries) holds any expression at all. */
  static boolean any(Query<?, ?> query) {
    return !of(query).isEmpty();
  }

  /**
   * Refuses the query (400) when it holds an expression other than the allowed ones.
   * The message names the field, never the expression (which the caller wrote).
   */
  static void requireAllowed(Query<?, ?> query) {
    for (Map.Entry<String, String> expression : of(query)) {
      if (!expression.getValue().equals(ALLOWED.get(expression.getKey()))) {
        throw new BadUserRequestException(
            "Uttryck är inte tillåtna i sökningar efter uppgifter (fältet " + expression.getKey() + ").");
      }
    }
  }
}
