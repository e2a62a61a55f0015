package se.bofast.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;

/**
 * Does what staff do in Tasklist, as the demo user of each candidate group, with the engine's
 * authorizations on: start from the start form, find the task in the group's list, claim it,
 * submit its form.
 */
class FollowupDriver {

  static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
  static final Map<String, String> USER_OF_GROUP = Map.of(
      "case-manager", "kim", "boendelots", "lotta", "bosamordnare", "bosse",
      "socialsekreterare", "sara", "enhetschef", "eva");

  private final ProcessEngine engine;

  FollowupDriver(ProcessEngine engine) {
    this.engine = engine;
  }

  String start(String group, String processKey, Map<String, Object> startForm) {
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(processKey).latestVersion().singleResult().getId();
    return as(group, () -> engine.getFormService().submitStartForm(definitionId, startForm).getId());
  }

  Task task(String pid, String taskKey, String group) {
    return as(group, () -> engine.getTaskService().createTaskQuery().processInstanceId(pid)
        .taskDefinitionKey(taskKey).taskCandidateGroup(group).includeAssignedTasks().singleResult());
  }

  Task complete(String pid, String taskKey, String group, Map<String, Object> form) {
    Task task = task(pid, taskKey, group);
    assertThat(task).as(taskKey + " in the task list of " + group).isNotNull();
    assertThat(task.getDueDate()).as("every task has a due date").isNotNull();
    List<IdentityLink> links = engine.getTaskService().getIdentityLinksForTask(task.getId());
    assertThat(links).extracting(IdentityLink::getGroupId).contains(group);
    as(group, () -> {
      if (task.getAssignee() == null) {
        engine.getTaskService().claim(task.getId(), USER_OF_GROUP.get(group));
      }
      engine.getFormService().submitTaskForm(task.getId(), form);
      return null;
    });
    return task;
  }

  <T> T as(String group, Supplier<T> action) {
    engine.getIdentityService().setAuthentication(USER_OF_GROUP.get(group), List.of(group));
    try {
      return action.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  void runDueJobs(String pid) {
    for (int round = 0; round < 20; round++) {
      List<Job> due = engine.getManagementService().createJobQuery().processInstanceId(pid).executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
  }

  void moveClockTo(LocalDateTime when, String pid) {
    ClockUtil.setCurrentTime(date(when));
    runDueJobs(pid);
  }

  static void at(int y, int m, int d) {
    ClockUtil.setCurrentTime(date(LocalDateTime.of(y, m, d, 9, 0)));
  }

  static Date date(LocalDateTime t) {
    return Date.from(t.atZone(STOCKHOLM).toInstant());
  }

  static LocalDate localDate(Date date) {
    return date.toInstant().atZone(STOCKHOLM).toLocalDate();
  }
}
