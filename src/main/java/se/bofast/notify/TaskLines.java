package se.bofast.notify;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Tasks as notices show them ({@link TaskLine}). The case number is the task's own copy that
 * Tasklist lists (task-local {@code caseNumber}); the client's display name beside it is never read.
 */
@Component
class TaskLines {

  static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
  static final String CASE_NUMBER = "caseNumber";
  static final Comparator<TaskLine> BY_DUE = Comparator.comparing(TaskLine::due,
      Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(TaskLine::name)
      .thenComparing(TaskLine::taskId);

  private final RuntimeService runtime;
  private final NotifyProperties properties;

  TaskLines(RuntimeService runtime, NotifyProperties properties) {
    this.runtime = runtime;
    this.properties = properties;
  }

  /** The tasks as lines, by due date (then name), their case numbers read in one query. */
  List<TaskLine> of(List<Task> tasks) {
    if (tasks.isEmpty()) {
      return List.of();
    }
    Map<String, String> caseNumbers = new HashMap<>();
    runtime.createVariableInstanceQuery().taskIdIn(tasks.stream().map(Task::getId).toArray(String[]::new))
        .variableName(CASE_NUMBER).disableBinaryFetching().list()
        .forEach((VariableInstance v) -> {
          if (v.getValue() instanceof String number) {
            caseNumbers.put(v.getTaskId(), number);
          }
        });
    return tasks.stream().map(t -> new TaskLine(t.getId(), t.getName(), caseNumbers.get(t.getId()),
        t.getDueDate() == null ? null : LocalDate.ofInstant(t.getDueDate().toInstant(), STOCKHOLM),
        properties.taskLink(t.getId()))).sorted(BY_DUE).toList();
  }
}
