package se.bofast.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;

/**
 * Does what staff do in Tasklist, as the demo user of each candidate group: start from the
 * start form, find the task in the group's list, claim it, submit its form. The engine's
 * authorizations apply, so a task only a group's members may see is found only by them.
 */
public class Staff {

  public static final Map<String, String> USER_OF_GROUP = Map.of(
      "case-manager", "kim", "boendelots", "lotta", "bosamordnare", "bosse",
      "socialsekreterare", "sara", "enhetschef", "eva");

  private final String processKey;
  private final IdentityService identity;
  private final FormService forms;
  private final TaskService tasks;
  private final ManagementService management;
  private final RepositoryService repository;

  public static final java.time.ZoneId STOCKHOLM = java.time.ZoneId.of("Europe/Stockholm");

  /** Staff working in any process: start() names the process. */
  public Staff(org.camunda.bpm.engine.ProcessEngine engine) {
    this(null, engine.getIdentityService(), engine.getFormService(), engine.getTaskService(),
        engine.getManagementService(), engine.getRepositoryService());
  }

  public Staff(String processKey, IdentityService identity, FormService forms, TaskService tasks,
      ManagementService management, RepositoryService repository) {
    this.processKey = processKey;
    this.identity = identity;
    this.forms = forms;
    this.tasks = tasks;
    this.management = management;
    this.repository = repository;
  }

  public ProcessInstance start(String group, Map<String, Object> startForm) {
    return start(processKey, group, startForm);
  }

  /** Starts the process from its start form as the group's member; answers the instance. */
  public ProcessInstance start(String key, String group, Map<String, Object> startForm) {
    String definitionId = repository.createProcessDefinitionQuery()
        .processDefinitionKey(key).latestVersion().singleResult().getId();
    return as(group, () -> forms.submitStartForm(definitionId, startForm));
  }

  /** The group's only task of this key in the instance, as the group's member sees it in Tasklist. */
  public Task task(String processInstanceId, String taskKey, String group) {
    Task task = as(group, () -> tasks.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(taskKey).taskCandidateGroup(group).includeAssignedTasks().singleResult());
    assertThat(task).as(taskKey + " in the task list of " + group).isNotNull();
    return task;
  }

  /** The group's member finds the task among the group's tasks, claims it and submits the form. */
  public Task complete(ProcessInstance pi, String taskKey, String group, Map<String, Object> form) {
    return complete(pi.getId(), taskKey, group, form);
  }

  public Task complete(String processInstanceId, String taskKey, String group, Map<String, Object> form) {
    return complete(task(processInstanceId, taskKey, group), group, form);
  }

  public Task complete(Task task, String group, Map<String, Object> form) {
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

  public <T> T as(String group, java.util.function.Supplier<T> action) {
    identity.setAuthentication(USER_OF_GROUP.get(group), List.of(group));
    try {
      return action.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  /** Runs the process's pending jobs that are due now (async steps, fired timers), as the job executor would. */
  public void runDueJobs(ProcessInstance pi) {
    runDueJobs(pi.getId());
  }

  public void runDueJobs(String processInstanceId) {
    for (int round = 0; round < 20; round++) {
      List<Job> due = management.createJobQuery().processInstanceId(processInstanceId).executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
  }

  /** Moves the engine's clock (and the application's, which follows it) and runs what fell due. */
  public void moveClockTo(Date when, ProcessInstance pi) {
    moveClockTo(when, pi.getId());
  }

  public void moveClockTo(Date when, String processInstanceId) {
    ClockUtil.setCurrentTime(when);
    runDueJobs(processInstanceId);
  }

  public void moveClockTo(java.time.LocalDateTime when, String processInstanceId) {
    moveClockTo(date(when), processInstanceId);
  }

  /** Sets the engine's clock to 09:00 Stockholm time on the day. */
  public static void at(int year, int month, int day) {
    ClockUtil.setCurrentTime(date(java.time.LocalDateTime.of(year, month, day, 9, 0)));
  }

  public static Date date(java.time.LocalDateTime time) {
    return Date.from(time.atZone(STOCKHOLM).toInstant());
  }

  public static java.time.LocalDate localDate(Date date) {
    return date.toInstant().atZone(STOCKHOLM).toLocalDate();
  }

  public Job timer(ProcessInstance pi) {
    return timer(pi.getId());
  }

  public Job timer(String processInstanceId) {
    return management.createJobQuery().processInstanceId(processInstanceId).timers().singleResult();
  }
}
