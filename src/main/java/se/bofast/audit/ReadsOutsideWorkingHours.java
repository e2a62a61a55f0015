package se.bofast.audit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Reads before bofast.audit.working-hours-start, at or after working-hours-end, or on a day that
 * is not a Swedish working day: one finding per reader and day, with the number of reads.
 */
@Component
class ReadsOutsideWorkingHours implements ReviewRule {

  private final AuditProperties properties;
  private final WorkingDays workingDays;

  ReadsOutsideWorkingHours(AuditProperties properties, WorkingDays workingDays) {
    this.properties = properties;
    this.workingDays = workingDays;
  }

  @Override
  public List<Finding> findings(List<AccessLog.Row> reads) {
    Map<String, List<AccessLog.Row>> byUserAndDay = new LinkedHashMap<>();
    for (AccessLog.Row read : reads) {
      LocalDateTime local = read.occurredAt().atZoneSameInstant(AccessLogQueries.ZONE).toLocalDateTime();
      boolean inHours = workingDays.isWorkingDay(local.toLocalDate())
          && !local.toLocalTime().isBefore(properties.workingHoursStart())
          && local.toLocalTime().isBefore(properties.workingHoursEnd());
      if (!inHours) {
        byUserAndDay.computeIfAbsent(read.userId() + '\u0000' + local.toLocalDate(), k -> new ArrayList<>()).add(read);
      }
    }
    List<Finding> findings = new ArrayList<>();
    byUserAndDay.values().forEach(rows -> {
      AccessLog.Row first = rows.get(0);
      LocalDate day = first.occurredAt().atZoneSameInstant(AccessLogQueries.ZONE).toLocalDate();
      findings.add(new Finding(OUTSIDE_WORKING_HOURS, first.userId(), day, null, null, null, rows.size(), first.id()));
    });
    return findings;
  }
}
