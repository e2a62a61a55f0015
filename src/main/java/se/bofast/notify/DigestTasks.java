package se.bofast.notify;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import se.bofast.eviction.EvictionDeadlines;
import se.bofast.identity.StaffMember;

/**
 * What one person's digest of a day lists: the open tasks assigned to them and the unassigned
 * tasks of their groups (Tasklist's "Mina uppgifter" and "Min grupps uppgifter"), each once, under
 * the first heading that fits: overdue (due before the day), due that day, due by the end of the
 * next working day, or new since the last digest (created since then, due later or without a due
 * date).
 */
@Component
class DigestTasks {

  /** The digest's lists; {@code nextWorkingDay} names the third heading's day. */
  record Content(List<TaskLine> overdue, List<TaskLine> dueToday, List<TaskLine> dueNextWorkingDay,
      List<TaskLine> created, LocalDate nextWorkingDay) {

    boolean isEmpty() {
      return overdue.isEmpty() && dueToday.isEmpty() && dueNextWorkingDay.isEmpty() && created.isEmpty();
    }
  }

  private final TaskService taskService;
  private final TaskLines lines;
  private final EvictionDeadlines calendar;

  DigestTasks(TaskService taskService, TaskLines lines, EvictionDeadlines calendar) {
    this.taskService = taskService;
    this.lines = lines;
    this.calendar = calendar;
  }

  /**
   * @param day the digest's day
   * @param since the last digest: tasks created from then on are new
   */
  Content of(StaffMember person, LocalDate day, Instant since) {
    LocalDate next = calendar.addWorkingDays(day, 1);
    Date endOfNext = start(next.plusDays(1));
    // created at or after the last digest: the engine's createdAfter is strict
    Date createdFrom = Date.from(since.minusMillis(1));
    Map<String, Task> open = new LinkedHashMap<>();
    taskService.createTaskQuery().active().taskAssignee(person.userId()).dueBefore(endOfNext).list()
        .forEach(t -> open.put(t.getId(), t));
    taskService.createTaskQuery().active().taskAssignee(person.userId()).taskCreatedAfter(createdFrom).list()
        .forEach(t -> open.putIfAbsent(t.getId(), t));
    if (!person.groups().isEmpty()) {
      // candidate-group queries list unassigned tasks only: a colleague's task is theirs
      taskService.createTaskQuery().active().taskCandidateGroupIn(person.groups()).dueBefore(endOfNext).list()
          .forEach(t -> open.putIfAbsent(t.getId(), t));
      taskService.createTaskQuery().active().taskCandidateGroupIn(person.groups()).taskCreatedAfter(createdFrom).list()
          .forEach(t -> open.putIfAbsent(t.getId(), t));
    }
    Date startOfDay = start(day);
    Date endOfDay = start(day.plusDays(1));
    Date from = Date.from(since);
    List<Task> overdue = new ArrayList<>();
    List<Task> today = new ArrayList<>();
    List<Task> nextDay = new ArrayList<>();
    List<Task> created = new ArrayList<>();
    for (Task task : open.values()) {
      Date due = task.getDueDate();
      if (due != null && due.before(startOfDay)) {
        overdue.add(task);
      } else if (due != null && due.before(endOfDay)) {
        today.add(task);
      } else if (due != null && due.before(endOfNext)) {
        nextDay.add(task);
      } else if (task.getCreateTime() != null && !task.getCreateTime().before(from)) {
        created.add(task);
      }
    }
    return new Content(lines.of(overdue), lines.of(today), lines.of(nextDay), lines.of(created), next);
  }

  private static Date start(LocalDate day) {
    return Date.from(day.atStartOfDay(TaskLines.STOCKHOLM).toInstant());
  }
}
