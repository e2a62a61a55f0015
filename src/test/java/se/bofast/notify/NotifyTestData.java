package se.bofast.notify;

import java.time.LocalDateTime;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;

/** Tasks and a clean slate for the notification tests. */
final class NotifyTestData {

  private final ProcessEngine engine;
  private final JdbcTemplate jdbc;

  NotifyTestData(ProcessEngine engine, JdbcTemplate jdbc) {
    this.engine = engine;
    this.jdbc = jdbc;
  }

  /** No process instance, no task, no notice, no choice, no digest made. */
  void clean() {
    engine.getRuntimeService().createProcessInstanceQuery().list()
        .forEach(pi -> engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test", true, true));
    engine.getTaskService().createTaskQuery().list()
        .forEach(t -> engine.getTaskService().deleteTask(t.getId(), true));
    jdbc.update("DELETE FROM notification_outbox");
    jdbc.update("DELETE FROM notification_digest_run");
    jdbc.update("DELETE FROM notification_setting");
  }

  /**
   * A task as the process would create it, created at {@code createdAt} (Stockholm): its name, the
   * case number Tasklist lists, a due date, a candidate group and/or an assignee.
   */
  Task task(LocalDateTime createdAt, String name, String caseNumber, LocalDateTime due, String group, String assignee) {
    ClockUtil.setCurrentTime(date(createdAt));
    Task task = engine.getTaskService().newTask();
    task.setName(name);
    task.setDueDate(due == null ? null : date(due));
    task.setAssignee(assignee);
    engine.getTaskService().saveTask(task);
    if (group != null) {
      engine.getTaskService().addCandidateGroup(task.getId(), group);
    }
    engine.getTaskService().setVariableLocal(task.getId(), TaskLines.CASE_NUMBER, caseNumber);
    return task;
  }

  static Date date(LocalDateTime at) {
    return Date.from(at.atZone(TaskLines.STOCKHOLM).toInstant());
  }
}
