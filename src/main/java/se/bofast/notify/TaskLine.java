package se.bofast.notify;

import java.time.LocalDate;

/**
 * A task as a notice names it: its name (from the model), the case number, the due date and a link
 * into Tasklist. Nothing else of the task or its client.
 *
 * @param caseNumber null for a task without one (e.g. the steering report)
 * @param due null for a task without a due date
 */
record TaskLine(String taskId, String name, String caseNumber, LocalDate due, String link) {
}
