package se.bofast.landlord;

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
 * Gallring in the partner register: the contact log's entries about one of the client's cases
 * (their subject and outcome are free text about the client). The partners stay.
 */
@Component
@Order(10)
class LandlordRetentionRecords implements ClientRecords {

  private static final String ABOUT_CLIENT =
      " FROM partner_contact WHERE eviction_case_number IN (:caseNumbers) OR journey_case_number IN (:caseNumbers)";

  private final NamedParameterJdbcTemplate jdbc;

  LandlordRetentionRecords(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String module() {
    return "landlord";
  }

  @Override
  public Optional<LocalDate> lastEntry(RecordSubject subject) {
    return EntryDates.latest(jdbc, EntryDates.parameters(subject), "SELECT MAX(contact_date)" + ABOUT_CLIENT);
  }

  @Override
  public Optional<String> openCase(RecordSubject subject) {
    return Optional.empty();
  }

  @Override
  public Map<String, Integer> remove(RecordSubject subject) {
    return Map.of("kontakter med hyresvärdar", jdbc.update("DELETE" + ABOUT_CLIENT, EntryDates.parameters(subject)));
  }
}
