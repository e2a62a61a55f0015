package se.bofast.landlord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;

/**
 * Does what staff do in Tasklist, as the demo user of a candidate group (the pattern of
 * housing's JourneyDriver): find the task among the group's tasks, claim it, submit its form,
 * with the engine's authorizations on.
 */
class PartnerDriver {

  static final Map<String, String> USER_OF_GROUP = Map.of(
      "case-manager", "kim", "boendelots", "lotta", "bosamordnare", "bosse",
      "socialsekreterare", "sara", "enhetschef", "eva");

  private final IdentityService identity;
  private final FormService forms;
  private final TaskService tasks;
  private final ManagementService management;

  PartnerDriver(IdentityService identity, FormService forms, TaskService tasks, ManagementService management) {
    this.identity = identity;
    this.forms = forms;
    this.tasks = tasks;
    this.management = management;
  }

  /** The group's only task of this key in the instance (or of the need, when several are open). */
  Task task(String processInstanceId, String taskKey, String group) {
    Task task = as(group, () -> tasks.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(taskKey).taskCandidateGroup(group).includeAssignedTasks().singleResult());
    assertThat(task).as(taskKey + " in the task list of " + group).isNotNull();
    return task;
  }

  Task complete(String processInstanceId, String taskKey, String group, Map<String, Object> form) {
    return complete(task(processInstanceId, taskKey, group), group, form);
  }

  Task complete(Task task, String group, Map<String, Object> form) {
    assertThat(task.getDueDate()).as("every task has a due date").isNotNull();
    List<IdentityLink> links = tasks.getIdentityLinksForTask(task.getId());
    assertThat(links).extracting(IdentityLink::getGroupId).contains(group);
    String user = USER_OF_GROUP.get(group);
    as(group, () -> {
      if (task.getAssignee() == null) {
        tasks.claim(task.getId(), user);
      }
      forms.submitTaskForm(task.getId(), form);
      return null;
    });
    return task;
  }

  <T> T as(String group, Supplier<T> action) {
    identity.setAuthentication(USER_OF_GROUP.get(group), List.of(group));
    try {
      return action.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  /** Runs the instance's jobs that are due now (async steps, fired timers), as the job executor would. */
  void runDueJobs(String processInstanceId) {
    for (int round = 0; round < 20; round++) {
      List<Job> due = management.createJobQuery().processInstanceId(processInstanceId).executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
  }

  void moveClockTo(Date when, String processInstanceId) {
    ClockUtil.setCurrentTime(when);
    runDueJobs(processInstanceId);
  }

  Job timer(String processInstanceId) {
    return management.createJobQuery().processInstanceId(processInstanceId).timers().singleResult();
  }
}
