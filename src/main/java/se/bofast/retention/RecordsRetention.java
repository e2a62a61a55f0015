package se.bofast.retention;

import static se.bofast.retention.RetentionConstants.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import se.bofast.platform.process.CurrentUser;
import se.bofast.platform.process.FormValues;
import se.bofast.platform.web.InvalidInputException;
import se.bofast.platform.web.InvalidInputException.Fault;

/**
 * The glue of records-retention: ${recordsRetention.cycle()}, ${recordsRetention.approvalDue()} and
 * the approval task's complete listener ${recordsRetention.approve(task)}. The enhetschef holds a
 * listed client by writing its number and a reason on a line of its own ("3: begäran om utlämnande
 * pågår"); every other listed client is approved for gallring once she ticks the approval. Her
 * reasons are stored with the run and taken out of the process.
 */
@Component("recordsRetention")
public class RecordsRetention {

  private static final Pattern HOLD_LINE = Pattern.compile("^\\s*(?:nr\\.?\\s*)?(\\d{1,6})\\s*[:.\\-–]\\s*(.*)$",
      Pattern.CASE_INSENSITIVE);

  private final RetentionProperties properties;
  private final RetentionRuns runs;
  private final CurrentUser currentUser;
  private final Clock clock;

  RecordsRetention(RetentionProperties properties, RetentionRuns runs, CurrentUser currentUser, Clock clock) {
    this.properties = properties;
    this.runs = runs;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  public String cycle() {
    return properties.cycle();
  }

  public Date approvalDue() {
    return Date.from(LocalDate.now(clock).plus(properties.approvalDue()).atTime(16, 0).atZone(clock.getZone())
        .toInstant());
  }

  public void approve(DelegateTask task) {
    long runId = ((Number) task.getVariable(VAR_RUN_ID)).longValue();
    Set<Integer> due = runs.candidates(runId).stream().filter(c -> c.status() == RetentionRuns.Status.DUE)
        .map(RetentionRuns.Candidate::position).collect(Collectors.toSet());
    List<Fault> faults = new ArrayList<>();
    Map<Integer, String> holds = holds(FormValues.text(task, FIELD_HOLDS), due, faults);
    if (!FormValues.flag(task, FIELD_APPROVED)) {
      faults.add(new Fault(FIELD_APPROVED, "Kryssa i att du har gått igenom listan och godkänner gallringen av"
          + " de klienter du inte behåller."));
    }
    if (!faults.isEmpty()) {   // Tasklist shows one message: every fault in it, the first field named
      throw new InvalidInputException(faults.get(0).field(),
          faults.stream().map(Fault::message).collect(Collectors.joining(" ")));
    }
    runs.approve(runId, holds, currentUser.id());
    task.getExecution().removeVariable(FIELD_HOLDS);
  }

  /** "3: skäl" per line; every fault named with its line. */
  static Map<Integer, String> holds(String text, Set<Integer> due, List<Fault> faults) {
    Map<Integer, String> holds = new TreeMap<>();
    if (text == null) {
      return holds;
    }
    String[] lines = text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      String where = "Rad " + (i + 1) + ": ";
      Matcher m = HOLD_LINE.matcher(line);
      if (!m.matches()) {
        faults.add(new Fault(FIELD_HOLDS, where + "skriv numret i listan, ett kolon och skälet, till exempel"
            + " \"3: begäran om utlämnande pågår\"."));
        continue;
      }
      int position = Integer.parseInt(m.group(1));
      String reason = m.group(2).strip();
      if (!due.contains(position)) {
        faults.add(new Fault(FIELD_HOLDS, where + "nummer " + position + " finns inte bland klienterna som ska gallras."));
      } else if (holds.containsKey(position)) {
        faults.add(new Fault(FIELD_HOLDS, where + "nummer " + position + " står redan på en tidigare rad."));
      } else if (reason.isEmpty()) {
        faults.add(new Fault(FIELD_HOLDS, where + "skriv skälet till att nummer " + position + " behålls."));
      } else if (reason.length() > HOLD_REASON_MAX_LENGTH) {
        faults.add(new Fault(FIELD_HOLDS, where + "skälet får vara högst " + HOLD_REASON_MAX_LENGTH + " tecken."));
      } else {
        holds.put(position, "Behålls av enhetschefen: " + reason);
      }
    }
    return holds;
  }
}
