package se.bofast.notify;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.bofast.eviction.EvictionConstants;
import se.bofast.identity.Groups;
import se.bofast.identity.StaffDirectory;
import se.bofast.identity.StaffMember;

/**
 * The scheduled check for overdue tasks of URGENT eviction cases: each such task once per due
 * date to every enhetschef who wants urgent notices (a task whose due date moves and passes again
 * is escalated again). Written to the outbox in one transaction per run.
 */
@Component
class UrgentTaskEscalation {

  private final TaskService taskService;
  private final StaffDirectory directory;
  private final NotificationSettings settings;
  private final TaskLines lines;
  private final MailTexts texts;
  private final Outbox outbox;
  private final TransactionTemplate transaction;
  private final Clock clock;

  UrgentTaskEscalation(TaskService taskService, StaffDirectory directory, NotificationSettings settings,
      TaskLines lines, MailTexts texts, Outbox outbox, PlatformTransactionManager transactions, Clock clock) {
    this.taskService = taskService;
    this.directory = directory;
    this.settings = settings;
    this.lines = lines;
    this.texts = texts;
    this.outbox = outbox;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  /** @return the number of escalations written to the outbox */
  int run() {
    Date now = Date.from(clock.instant());
    List<Task> overdue = taskService.createTaskQuery().active()
        .processDefinitionKey(EvictionConstants.PROCESS_KEY)
        .processVariableValueEquals(EvictionConstants.VAR_PRIORITY, EvictionConstants.PRIORITY_URGENT)
        .dueBefore(now).list();
    if (overdue.isEmpty()) {
      return 0;
    }
    List<StaffMember> managers = directory.members(List.of(Groups.ENHETSCHEF)).stream()
        .filter(settings::wantsUrgent).toList();
    LocalDate today = LocalDate.ofInstant(now.toInstant(), TaskLines.STOCKHOLM);
    List<TaskLine> tasks = lines.of(overdue);
    try {
      Integer written = transaction.execute(s -> {
        int n = 0;
        for (TaskLine task : tasks) {
          String assignee = overdue.stream().filter(t -> t.getId().equals(task.taskId())).findFirst()
              .map(Task::getAssignee).orElse(null);
          for (StaffMember manager : managers) {
            n += outbox.add(texts.escalation(manager, task, assignee, today), now.toInstant()) ? 1 : 0;
          }
        }
        return n;
      });
      return written == null ? 0 : written;
    } catch (DuplicateKeyException e) {
      // another node escalated the same tasks at the same moment; the next run adds what is missing
      return 0;
    }
  }
}
