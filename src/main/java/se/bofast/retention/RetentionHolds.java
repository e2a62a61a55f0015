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
  private final EngineInstances engine;

  RetentionHolds(ClientRecordsCatalog records, EngineInstances engine) {
    this.records = records;
    this.engine = engine;
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
