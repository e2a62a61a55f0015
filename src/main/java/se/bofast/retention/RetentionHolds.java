package se.bofast.retention;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import se.bofast.platform.retention.RecordSubject;

/**
 * Why a client must stay: an open case in a module or a running process (when the list is made),
 * and, when the approved removal runs, also anything new since the list — an entry after the
 * run's bound or a case number the list did not have — for the approval may come weeks later.
 */
@Component
class RetentionHolds {

  private final ClientRecordsCatalog records;
  private final CaseRecordsCatalog cases;
  private final EngineInstances engine;

  RetentionHolds(ClientRecordsCatalog records, CaseRecordsCatalog cases, EngineInstances engine) {
    this.records = records;
    this.cases = cases;
    this.engine = engine;
  }

  /** A case without a client: open in its module, or a process of it running. */
  Optional<String> openCase(String caseNumber) {
    Optional<String> open = cases.openCase(caseNumber);
    if (open.isEmpty() && engine.running(null, cases.processInstanceIds(caseNumber))) {
      return Optional.of("pågående process");
    }
    return open;
  }

  /** At removal, for a case without a client: a new entry since the list, or open again. */
  Optional<String> caseSinceTheList(String caseNumber, LocalDate bound) {
    Optional<LocalDate> last = cases.lastEntry(caseNumber);
    if (last.isPresent() && last.get().isAfter(bound)) {
      return Optional.of("ny anteckning efter listan (" + last.get() + ")");
    }
    return openCase(caseNumber).map(label -> label + " efter listan");
  }

  Optional<String> openCase(RecordSubject subject) {
    Optional<String> open = records.openCase(subject);
    if (open.isEmpty() && engine.running(subject.clientId(), records.processInstanceIds(subject))) {
      return Optional.of("pågående process");
    }
    return open;
  }

  /** At removal: the reason to keep the client after all, if anything changed since the list. */
  Optional<String> sinceTheList(long clientId, Set<String> listedCases, LocalDate bound) {
    RecordSubject now = records.subject(clientId);
    if (!listedCases.containsAll(now.caseNumbers())) {
      return Optional.of("nytt ärende efter listan");
    }
    Optional<LocalDate> last = records.lastEntry(now);
    if (last.isPresent() && last.get().isAfter(bound)) {
      return Optional.of("ny anteckning efter listan (" + last.get() + ")");
    }
    return openCase(now).map(label -> label + " efter listan");
  }
}
