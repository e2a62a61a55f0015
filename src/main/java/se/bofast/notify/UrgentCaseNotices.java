package se.bofast.notify;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.bofast.eviction.UrgentCaseRaised;
import se.bofast.identity.Groups;
import se.bofast.identity.StaffDirectory;
import se.bofast.identity.StaffMember;
import se.bofast.platform.process.SystemAccess;

/**
 * An eviction case became URGENT: a notice to every bosamordnare and to each person named on the
 * case (the assignee of one of its open tasks: the client team's holder of that role), who want
 * urgent notices and have an address. Runs inside the transaction that raised the case, so the
 * notices are stored exactly when the case change is.
 */
@Component
class UrgentCaseNotices {

  private final StaffDirectory directory;
  private final NotificationSettings settings;
  private final TaskService taskService;
  private final TaskLines lines;
  private final MailTexts texts;
  private final Outbox outbox;
  private final SystemAccess system;
  private final Clock clock;

  UrgentCaseNotices(StaffDirectory directory, NotificationSettings settings, TaskService taskService,
      TaskLines lines, MailTexts texts, Outbox outbox, SystemAccess system, Clock clock) {
    this.directory = directory;
    this.settings = settings;
    this.taskService = taskService;
    this.lines = lines;
    this.texts = texts;
    this.outbox = outbox;
    this.system = system;
    this.clock = clock;
  }

  @EventListener
  void on(UrgentCaseRaised raised) {
    LocalDate day = LocalDate.ofInstant(clock.instant(), TaskLines.STOCKHOLM);
    List<Task> open = system.call(() -> taskService.createTaskQuery()
        .processInstanceBusinessKey(raised.caseNumber()).active().list());
    Map<String, StaffMember> recipients = new LinkedHashMap<>();
    directory.members(List.of(Groups.BOSAMORDNARE)).forEach(p -> recipients.put(p.userId(), p));
    open.stream().map(Task::getAssignee).filter(Objects::nonNull).distinct()
        .forEach(named -> directory.find(named).ifPresent(p -> recipients.putIfAbsent(p.userId(), p)));
    List<TaskLine> openTasks = system.call(() -> lines.of(open));
    recipients.values().stream().filter(settings::wantsUrgent)
        .forEach(p -> outbox.add(texts.urgentCase(p, raised.caseNumber(), day, openTasks), clock.instant()));
  }
}
