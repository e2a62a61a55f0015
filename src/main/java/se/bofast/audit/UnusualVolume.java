package se.bofast.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * One person reading more distinct clients and eviction cases in one day than
 * bofast.audit.max-subjects-per-day: one finding per reader and day, counting the distinct subjects.
 */
@Component
class UnusualVolume implements ReviewRule {

  private final AuditProperties properties;

  UnusualVolume(AuditProperties properties) {
    this.properties = properties;
  }

  private record Day(String userId, LocalDate day) {
  }

  @Override
  public List<Finding> findings(List<AccessLog.Row> reads) {
    Map<Day, Set<String>> subjects = new LinkedHashMap<>();
    Map<Day, Long> first = new LinkedHashMap<>();
    for (AccessLog.Row read : reads) {
      String subject = read.clientId() != null ? "client:" + read.clientId()
          : read.caseId() != null ? "case:" + read.caseId()
          : read.caseNumber() != null ? "number:" + read.caseNumber() : null;
      if (subject == null) {
        continue;
      }
      Day day = new Day(read.userId(), read.occurredAt().atZoneSameInstant(AccessLogQueries.ZONE).toLocalDate());
      subjects.computeIfAbsent(day, d -> new LinkedHashSet<>()).add(subject);
      first.putIfAbsent(day, read.id());
    }
    List<Finding> findings = new ArrayList<>();
    subjects.forEach((day, seen) -> {
      if (seen.size() > properties.maxSubjectsPerDay()) {
        findings.add(new Finding(UNUSUAL_VOLUME, day.userId(), day.day(), null, null, null, seen.size(),
            first.get(day)));
      }
    });
    return findings;
  }
}
