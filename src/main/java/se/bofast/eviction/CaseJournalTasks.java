package se.bofast.eviction;

import static se.bofast.eviction.EvictionConstants.VAR_CASE_NUMBER;
import static se.bofast.eviction.EvictionConstants.VAR_CHAIN_CLIENT_ID;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import se.bofast.client.CaseJournal;
import se.bofast.client.Journal;
import se.bofast.client.JournalKind;
import se.bofast.client.JournalTexts;
import se.bofast.platform.process.CurrentUser;
import se.bofast.platform.process.ProcessIds;

/**
 * The journal entry a task of eviction-prevention writes when it completes (issue 13, item 2):
 * the "Journalanteckning" of its form, signed by the one who completes the task, dated by what it
 * records, in the case's journal — and in the client's, when the tenant is a client in the housing
 * chain (the process's {@code clientId}). The text is taken out of the process variables before
 * anything else happens to it; a refusal of the task writes nothing (the completion rolls back).
 */
@Component
class CaseJournalTasks {

  private final CaseJournal journal;
  private final CurrentUser user;

  CaseJournalTasks(CaseJournal journal, CurrentUser user) {
    this.journal = journal;
    this.user = user;
  }

  /** Writes the task's journal text, when one was written, as a signed entry of the kind on the day. */
  void record(DelegateTask task, JournalKind kind, LocalDate eventDate) {
    String text = JournalTexts.take(task);
    if (text != null) {
      write(task, kind, eventDate, text);
    }
  }

  /** Writes the task's journal text, which it needs (a decision needs its grounds): refused with the message when none. */
  void recordRequired(DelegateTask task, JournalKind kind, LocalDate eventDate, String missing) {
    write(task, kind, eventDate, JournalTexts.takeRequired(task, missing));
  }

  private void write(DelegateTask task, JournalKind kind, LocalDate eventDate, String text) {
    journal.write(ProcessIds.text(task, VAR_CASE_NUMBER), chainClientId(task),
        new Journal.Draft(kind, eventDate, text, null, true), user.id());
  }

  /** The client when the tenant is a client in the housing chain (set by loadEvictionCase), else null. */
  private static Long chainClientId(DelegateTask task) {
    return task.getExecution().getVariable(VAR_CHAIN_CLIENT_ID) instanceof Number id ? id.longValue() : null;
  }
}
