package se.bofast.housing;

import static se.bofast.housing.HousingConstants.VAR_CLIENT_ID;
import static se.bofast.housing.HousingConstants.VAR_JOURNAL_TEXT;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import se.bofast.client.Journal;
import se.bofast.client.JournalKind;
import se.bofast.platform.process.CurrentUser;
import se.bofast.platform.process.FormValues;
import se.bofast.platform.process.ProcessIds;

/**
 * A client-journey form's journal entry: the form's `journalText` becomes a signed entry in the
 * client's journal by the one who completes the task (SoL 11:5, FL 27 §), and the text leaves the
 * process variables at once (HousingPersonalData keeps it out of history).
 */
@Component
class JourneyJournal {

  private final Journal journal;
  private final CurrentUser user;

  JourneyJournal(Journal journal, CurrentUser user) {
    this.journal = journal;
    this.user = user;
  }

  /** Writes the form's journal text, if any, as a signed entry of this kind dated on the given day. */
  void write(DelegateTask task, JournalKind kind, LocalDate eventDate) {
    String text = FormValues.text(task, VAR_JOURNAL_TEXT);
    task.getExecution().removeVariable(VAR_JOURNAL_TEXT);
    if (text != null) {
      journal.write(ProcessIds.id(task, VAR_CLIENT_ID), new Journal.Draft(kind, eventDate, text, null, true),
          user.id());
    }
  }
}
