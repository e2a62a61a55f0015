package se.bofast.client;

import org.camunda.bpm.engine.delegate.DelegateTask;
import se.bofast.platform.process.FormValues;
import se.bofast.platform.web.InvalidInputException;
import se.bofast.platform.web.TextRules;

/**
 * The journal text a staff member writes in a task's form (field {@value #KEY}, "Journalanteckning"),
 * for the task's glue to write as a signed entry when the task completes. Taking the text removes
 * it from the process variables at once, so that it never stays in the engine (the history level
 * keeps the key out of the history, as a module's personal-data variable); a refusal names the
 * field in Swedish without repeating the text, and rolls the completion back with whatever was written.
 */
public final class JournalTexts {

  /** The form field's key on every task form that writes the journal. */
  public static final String KEY = "journalText";

  private JournalTexts() {
  }

  /** The text, stripped, or null when none was written; removed from the variables either way. */
  public static String take(DelegateTask task) {
    String text = FormValues.text(task, KEY);
    task.getExecution().removeVariable(KEY);
    task.removeVariableLocal(KEY);
    return TextRules.check(KEY, text, Journal.TEXT_MAX_LENGTH, true);
  }

  /** The text, which the task needs (a decision needs its grounds); a refusal with the message when none. */
  public static String takeRequired(DelegateTask task, String missing) {
    String text = take(task);
    if (text == null) {
      throw new InvalidInputException(KEY, missing);
    }
    return text;
  }
}
