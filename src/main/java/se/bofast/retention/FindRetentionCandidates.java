package se.bofast.retention;

import static se.bofast.retention.RetentionConstants.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.bofast.platform.retention.RecordSubject;

/**
 * "Sök klienter att gallra" (${findRetentionCandidates}): every client the modules know whose last
 * entry is due under the rule, not exempt by birth day; held (OPEN_CASE) when a module reports an
 * open case or a process of the client is running. Then the same for each case that belongs to no
 * client (an eviction case of tenants who never became clients), by the case's own last entry. Stores the run and sets the form's variables:
 * counts and one line per client with case numbers and dates, never a name or personnummer.
 */
@Component("findRetentionCandidates")
class FindRetentionCandidates implements JavaDelegate {

  private final ClientRecordsCatalog records;
  private final CaseRecordsCatalog cases;
  private final RetentionHolds holds;
  private final RetentionRule rule;
  private final RetentionRuns runs;
  private final RetentionTexts texts;
  private final Clock clock;

  FindRetentionCandidates(ClientRecordsCatalog records, CaseRecordsCatalog cases, RetentionHolds holds,
      RetentionRule rule, RetentionRuns runs, RetentionTexts texts, Clock clock) {
    this.records = records;
    this.cases = cases;
    this.holds = holds;
    this.rule = rule;
    this.runs = runs;
    this.texts = texts;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate today = LocalDate.now(clock);
    LocalDate bound = rule.lastDueEntry(today);
    List<RetentionRuns.Found> found = new ArrayList<>();
    int exempt = 0;
    for (long clientId : records.clientIds()) {
      RecordSubject subject = records.subject(clientId);
      Optional<LocalDate> last = records.lastEntry(subject);
      if (last.isEmpty() || last.get().isAfter(bound)) {
        continue;
      }
      OptionalInt birthDay = records.birthDayOfMonth(clientId);
      if (birthDay.isPresent() && rule.exempt(birthDay.getAsInt())) {
        exempt++;   // due by the rule, kept for research: counted, never listed
        continue;
      }
      found.add(judge(subject, last.get()));
    }
    for (String caseNumber : cases.casesWithoutClient()) {
      Optional<LocalDate> last = cases.lastEntry(caseNumber);
      if (last.isEmpty() || last.get().isAfter(bound)) {
        continue;
      }
      if (cases.birthDaysOfMonth(caseNumber).stream().anyMatch(rule::exempt)) {
        exempt++;   // one of the household was born on an exempt day: the case is kept for research
        continue;
      }
      found.add(judge(caseNumber, last.get()));
    }
    found.sort(Comparator.comparing(RetentionRuns.Found::status).thenComparing(RetentionRuns.Found::lastEntryOn)
        .thenComparing(RetentionRuns.Found::clientId, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(f -> String.join(",", f.caseNumbers())));
    long runId = runs.create(execution.getProcessInstanceId(), today, bound, found);
    List<RetentionRuns.Candidate> stored = runs.candidates(runId);
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_RUN_ID, runId);
    variables.put(VAR_RUN_TITLE, "Gallring " + today.getYear() + ": senaste anteckning senast " + bound);
    variables.put(VAR_DUE_COUNT, count(stored, RetentionRuns.Status.DUE));
    variables.put(VAR_OPEN_COUNT, count(stored, RetentionRuns.Status.OPEN_CASE));
    variables.put(VAR_EXEMPT_COUNT, exempt);
    variables.put(VAR_DUE_SUMMARY, texts.summary(stored, RetentionRuns.Status.DUE));
    variables.put(VAR_OPEN_SUMMARY, texts.summary(stored, RetentionRuns.Status.OPEN_CASE));
    execution.setVariables(variables);
  }

  private RetentionRuns.Found judge(RecordSubject subject, LocalDate last) {
    Optional<String> open = holds.openCase(subject);
    Set<String> cases = subject.caseNumbers();
    return open.map(label -> new RetentionRuns.Found(subject.clientId(), cases, last, RetentionRuns.Status.OPEN_CASE,
            "Behålls: " + label))
        .orElseGet(() -> new RetentionRuns.Found(subject.clientId(), cases, last, RetentionRuns.Status.DUE,
            texts.whyDue(last)));
  }

  private RetentionRuns.Found judge(String caseNumber, LocalDate last) {
    return holds.openCase(caseNumber)
        .map(label -> new RetentionRuns.Found(null, Set.of(caseNumber), last, RetentionRuns.Status.OPEN_CASE,
            "Behålls: " + label))
        .orElseGet(() -> new RetentionRuns.Found(null, Set.of(caseNumber), last, RetentionRuns.Status.DUE,
            texts.whyDue(last)));
  }

  private static int count(List<RetentionRuns.Candidate> candidates, RetentionRuns.Status status) {
    return (int) candidates.stream().filter(c -> c.status() == status).count();
  }
}
