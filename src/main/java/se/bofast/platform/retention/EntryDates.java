package se.bofast.platform.retention;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The one way the {@link ClientRecords} implementations read a latest date and bind a subject:
 * each query selects one value (a MAX of a DATE or a timestamp column); timestamps count on
 * their day in Stockholm, the day staff saw.
 */
public final class EntryDates {

  private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
  /** Bound for an empty set of case numbers: no case has it ("IN ()" is no SQL). */
  private static final String NO_CASE = "";

  private EntryDates() {
  }

  /** :clientId and :caseNumbers of the subject (never an empty list). */
  public static MapSqlParameterSource parameters(RecordSubject subject) {
    Set<String> cases = subject.caseNumbers().isEmpty() ? Set.of(NO_CASE) : subject.caseNumbers();
    return new MapSqlParameterSource("clientId", subject.clientId()).addValue("caseNumbers", cases);
  }

  /** The latest date any of the queries gives, with the subject's parameters. */
  public static Optional<LocalDate> latest(NamedParameterJdbcTemplate jdbc, MapSqlParameterSource parameters,
      String... queries) {
    LocalDate latest = null;
    for (String query : queries) {
      LocalDate day = day(jdbc.queryForObject(query, parameters, Object.class));
      if (day != null && (latest == null || day.isAfter(latest))) {
        latest = day;
      }
    }
    return Optional.ofNullable(latest);
  }

  static LocalDate day(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate();
    }
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant().atZone(STOCKHOLM).toLocalDate();
    }
    if (value instanceof OffsetDateTime time) {
      return time.atZoneSameInstant(STOCKHOLM).toLocalDate();
    }
    if (value instanceof LocalDateTime time) {
      return time.toLocalDate();
    }
    throw new IllegalArgumentException("not a date column: " + value.getClass().getSimpleName());
  }
}
