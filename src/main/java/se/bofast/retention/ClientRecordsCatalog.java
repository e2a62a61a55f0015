package se.bofast.retention;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import se.bofast.platform.retention.ClientRecords;
import se.bofast.platform.retention.RecordSubject;

/**
 * Every module's {@link ClientRecords}, asked as one: the clients, a client's case numbers (asked
 * again until no module adds one: an eviction case is found through the journey it names), last
 * entry, open cases, process instances, and the removal in the modules' order.
 */
@Component
class ClientRecordsCatalog {

  private static final int MAX_ROUNDS = 5;

  private final List<ClientRecords> modules;

  ClientRecordsCatalog(List<ClientRecords> modules) {
    this.modules = modules;
  }

  Set<Long> clientIds() {
    Set<Long> ids = new TreeSet<>();
    modules.forEach(m -> ids.addAll(m.clientIds()));
    return ids;
  }

  OptionalInt birthDayOfMonth(long clientId) {
    return modules.stream().map(m -> m.birthDayOfMonth(clientId)).filter(OptionalInt::isPresent).findFirst()
        .orElse(OptionalInt.empty());
  }

  RecordSubject subject(long clientId) {
    RecordSubject subject = new RecordSubject(clientId, Set.of());
    for (int round = 0; round < MAX_ROUNDS; round++) {
      Set<String> cases = new TreeSet<>(subject.caseNumbers());
      for (ClientRecords module : modules) {
        cases.addAll(module.caseNumbers(subject));
      }
      if (cases.equals(subject.caseNumbers())) {
        return subject;
      }
      subject = new RecordSubject(clientId, cases);
    }
    return subject;
  }

  Optional<LocalDate> lastEntry(RecordSubject subject) {
    return modules.stream().map(m -> m.lastEntry(subject)).flatMap(Optional::stream).max(LocalDate::compareTo);
  }

  /** The first open case's label, in the modules' order. */
  Optional<String> openCase(RecordSubject subject) {
    return modules.stream().map(m -> m.openCase(subject)).flatMap(Optional::stream).findFirst();
  }

  Set<String> processInstanceIds(RecordSubject subject) {
    Set<String> ids = new HashSet<>();
    modules.forEach(m -> ids.addAll(m.processInstanceIds(subject)));
    return ids;
  }

  /** Per module, what was removed: module → kind → count. */
  Map<String, Map<String, Integer>> remove(RecordSubject subject) {
    Map<String, Map<String, Integer>> removed = new LinkedHashMap<>();
    for (ClientRecords module : modules) {
      removed.put(module.module(), module.remove(subject));
    }
    return removed;
  }
}
