package se.bofast.notify;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import se.bofast.platform.retention.ClientRecords;
import se.bofast.platform.retention.EntryDates;
import se.bofast.platform.retention.RecordSubject;

/**
 * Gallring in the outbox: notices about one of the client's cases (they name the case number and
 * a task, never the person). The outbox keeps notices for bofast.notify.retention (P2Y) anyway, so
 * this finds something only when that purge has not run; a notice is no entry in the record.
 */
@Component
@Order(10)
class NotifyRetentionRecords implements ClientRecords {

  private final NamedParameterJdbcTemplate jdbc;

  NotifyRetentionRecords(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String module() {
    return "notify";
  }

  @Override
  public Optional<LocalDate> lastEntry(RecordSubject subject) {
    return Optional.empty();
  }

  @Override
  public Optional<String> openCase(RecordSubject subject) {
    return Optional.empty();
  }

  @Override
  public Map<String, Integer> remove(RecordSubject subject) {
    return Map.of("aviseringar", jdbc.update("DELETE FROM notification_outbox WHERE subject_key IN (:caseNumbers)",
        EntryDates.parameters(subject)));
  }
}
