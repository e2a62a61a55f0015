package se.bofast.retention;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import se.bofast.platform.retention.CaseRecords;

/** Every module's {@link CaseRecords}, asked as one, for cases that belong to no client. */
@Component
class CaseRecordsCatalog {

  private final List<CaseRecords> modules;

  CaseRecordsCatalog(List<CaseRecords> modules) {
    this.modules = modules;
  }

  Set<String> casesWithoutClient() {
    Set<String> cases = new TreeSet<>();
    modules.forEach(m -> cases.addAll(m.casesWithoutClient()));
    return cases;
  }

  Set<Integer> birthDaysOfMonth(String caseNumber) {
    Set<Integer> days = new HashSet<>();
    modules.forEach(m -> days.addAll(m.birthDaysOfMonth(caseNumber)));
    return days;
  }

  Set<String> processInstanceIds(String caseNumber) {
    Set<String> ids = new HashSet<>();
    modules.forEach(m -> ids.addAll(m.processInstanceIds(caseNumber)));
    return ids;
  }

  Optional<LocalDate> lastEntry(String caseNumber) {
    return modules.stream().map(m -> m.lastEntry(caseNumber)).flatMap(Optional::stream).max(LocalDate::compareTo);
  }

  Optional<String> openCase(String caseNumber) {
    return modules.stream().map(m -> m.openCase(caseNumber)).flatMap(Optional::stream).findFirst();
  }

  Map<String, Map<String, Integer>> remove(String caseNumber) {
    Map<String, Map<String, Integer>> removed = new LinkedHashMap<>();
    for (CaseRecords module : modules) {
      removed.merge(module.module(), module.remove(caseNumber), (a, b) -> {
        Map<String, Integer> both = new LinkedHashMap<>(a);
        both.putAll(b);
        return both;
      });
    }
    return removed;
  }
}
