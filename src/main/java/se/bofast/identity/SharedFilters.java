package se.bofast.identity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import se.bofast.platform.security.QueryExpressions;

/**
 * Tasklist's shared filters (Min grupps uppgifter, Mina uppgifter, Mina klienters uppgifter, Förfallna), sorted by due
 * date, showing on each task what {@link #VARIABLES} lists. Part of {@link IdentitySeeding}: a
 * missing filter is created; an existing one keeps its query and gets the shown variables it lacks.
 */
final class SharedFilters {

  /** What the shared filters show on each task (Tasklist's "variables" property), in this order. */
  static final List<Map<String, Object>> VARIABLES = List.of(
      Map.of("name", "caseNumber", "label", "Ärendenummer"),
      Map.of("name", "clientDisplayName", "label", "Klient"),
      Map.of("name", "priorityLabel", "label", "Prioritet"));

  private final FilterService filterService;
  private final TaskService taskService;

  SharedFilters(FilterService filterService, TaskService taskService) {
    this.filterService = filterService;
    this.taskService = taskService;
  }

  /** @return the ids of the shared filters, for the groups' grants */
  List<String> ensure() {
    List<String> ids = new ArrayList<>();
    ids.add(ensure(Groups.FILTER_MY_GROUP, -10, "Oplanerade uppgifter för din grupp, först det som förfaller först",
        taskService.createTaskQuery().taskCandidateGroupInExpression(QueryExpressions.CURRENT_USER_GROUPS).taskUnassigned()));
    ids.add(ensure(Groups.FILTER_MINE, 0, "Uppgifter som är tilldelade dig",
        taskService.createTaskQuery().taskAssigneeExpression(QueryExpressions.CURRENT_USER)));
    // involvedUser matches the task's user links (the client's team, type "team"), assignee and
    // owner; never through groups
    ids.add(ensure(Groups.FILTER_MY_CLIENTS, 5, "Uppgifter för klienter i vars team du ingår",
        taskService.createTaskQuery().taskInvolvedUserExpression(QueryExpressions.CURRENT_USER)));
    ids.add(ensure(Groups.FILTER_OVERDUE, 10, "Uppgifter vars förfallodatum har passerat",
        taskService.createTaskQuery().dueBeforeExpression(QueryExpressions.NOW)));
    return ids;
  }

  private String ensure(String name, int priority, String description, TaskQuery query) {
    Filter existing = filterService.createFilterQuery().filterName(name).list().stream().findFirst().orElse(null);
    if (existing != null) {
      return addMissingVariables(existing);
    }
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("description", description);
    props.put("priority", priority);
    props.put("refresh", true);
    props.put("variables", VARIABLES);
    Filter filter = filterService.newTaskFilter(name)
        .setQuery(query.orderByDueDate().asc())
        .setProperties(props);
    return filterService.saveFilter(filter).getId();
  }

  /**
   * A filter seeded by an earlier version lacks the variables added since (Prioritet): they are
   * appended to its list, which keeps what an administrator changed or added.
   */
  private String addMissingVariables(Filter filter) {
    Map<String, Object> props = filter.getProperties() == null ? new LinkedHashMap<>()
        : new LinkedHashMap<>(filter.getProperties());
    List<Object> shown = props.get("variables") instanceof List<?> list ? new ArrayList<>(list) : new ArrayList<>();
    List<Map<String, Object>> missing = VARIABLES.stream()
        .filter(wanted -> shown.stream().noneMatch(v -> v instanceof Map<?, ?> m && wanted.get("name").equals(m.get("name"))))
        .toList();
    if (!missing.isEmpty()) {
      shown.addAll(missing);
      props.put("variables", shown);
      filter.setProperties(props);
      filterService.saveFilter(filter);
    }
    return filter.getId();
  }
}
