package se.bofast.notify;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import se.bofast.identity.StaffMember;

/**
 * The notices' texts, in Swedish, plain text. They name tasks by the model's task name, cases by
 * case number, dates and links into the application: never a client's name, personnummer,
 * address or any free text, so that an e-mail read by the wrong person or kept by a mail server
 * tells nothing about a client.
 */
@Component
class MailTexts {

  static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.forLanguageTag("sv-SE"));
  /** At most this many tasks under one heading; the rest are counted (the body stays within its column). */
  static final int MAX_LINES = 40;
  static final String FOOTER = "Meddelandet innehåller bara ärendenummer och länkar. Logga in för att se ärendet.";

  private final NotifyProperties properties;

  MailTexts(NotifyProperties properties) {
    this.properties = properties;
  }

  Notice digest(StaffMember to, LocalDate day, DigestTasks.Content content) {
    StringBuilder body = new StringBuilder("Dina uppgifter i Bofast ").append(LONG_DATE.format(day)).append(".\n");
    section(body, "Förfallna", content.overdue());
    section(body, "Förfaller i dag", content.dueToday());
    section(body, "Förfaller senast nästa arbetsdag, " + LONG_DATE.format(content.nextWorkingDay()),
        content.dueNextWorkingDay());
    section(body, "Nya sedan förra sammanfattningen", content.created());
    body.append("\nTasklist: ").append(properties.link("/camunda/app/tasklist/default/")).append('\n');
    footer(body, "Du får sammanfattningen varje arbetsdag när du har uppgifter.");
    return new Notice(NoticeKind.DIGEST, to.userId(), to.email(), "", day,
        "Bofast: dina uppgifter " + LONG_DATE.format(day), body.toString());
  }

  Notice urgentCase(StaffMember to, String caseNumber, LocalDate day, List<TaskLine> openTasks) {
    StringBuilder body = new StringBuilder("Vräkningsärende ").append(caseNumber)
        .append(" har prioritet Akut: barn i hushållet eller vräkning inom 14 dagar.\n")
        .append("Hushållet ska kontaktas inom en arbetsdag.\n");
    section(body, "Öppna uppgifter i ärendet", openTasks);
    body.append("\nTasklist: ").append(properties.link("/camunda/app/tasklist/default/")).append('\n');
    footer(body, "Du får meddelandet för att du är bosamordnare eller har en uppgift i ärendet.");
    return new Notice(NoticeKind.URGENT_CASE, to.userId(), to.email(), caseNumber, day,
        "Bofast: akut vräkningsärende " + caseNumber, body.toString());
  }

  Notice escalation(StaffMember to, TaskLine task, String assignee, LocalDate day) {
    StringBuilder body = new StringBuilder("En uppgift i ett akut vräkningsärende har passerat sitt förfallodatum.\n\n");
    line(body, task);
    body.append("  Ansvarig: ").append(assignee == null ? "ingen (gruppens uppgift)" : assignee).append('\n');
    footer(body, "Du får meddelandet som enhetschef.");
    return new Notice(NoticeKind.ESCALATION, to.userId(), to.email(), task.taskId(), task.due() == null ? day : task.due(),
        "Bofast: förfallen akut uppgift i " + (task.caseNumber() == null ? "ett ärende" : task.caseNumber()),
        body.toString());
  }

  private static void section(StringBuilder body, String heading, List<TaskLine> tasks) {
    if (tasks.isEmpty()) {
      return;
    }
    body.append('\n').append(heading).append(" (").append(tasks.size()).append(")\n");
    tasks.stream().limit(MAX_LINES).forEach(t -> line(body, t));
    if (tasks.size() > MAX_LINES) {
      body.append("… och ").append(tasks.size() - MAX_LINES).append(" till: se Tasklist.\n");
    }
  }

  private static void line(StringBuilder body, TaskLine task) {
    body.append("- ").append(task.name() == null ? "Uppgift" : task.name())
        .append(" · ").append(task.caseNumber() == null ? "utan ärendenummer" : task.caseNumber())
        .append(" · förfaller ").append(task.due() == null ? "–" : task.due().toString()).append('\n')
        .append("  ").append(task.link()).append('\n');
  }

  private void footer(StringBuilder body, String why) {
    body.append('\n').append(FOOTER).append('\n').append(why).append('\n')
        .append("Välj vilka meddelanden du får: ").append(properties.link("/personal/aviseringar.html")).append('\n');
  }
}
