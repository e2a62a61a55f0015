package se.bofast.eviction;

import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The eviction module's read model of the signals it received, for other modules that count
 * them (the reporting module's figures). One SQL statement per call; no personal data leaves it.
 */
@Component
@Transactional(readOnly = true)
public class EvictionSignalFacts {

  private final JdbcTemplate jdbc;

  EvictionSignalFacts(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Signals received from {@code from} to {@code to}, both days included, repeated signals about an
   * open case too; the same signal sent twice (same source and reference) is stored, and counted, once.
   */
  public long receivedBetween(LocalDate from, LocalDate to) {
    Number n = jdbc.queryForObject("SELECT COUNT(*) FROM eviction_signal WHERE received_on BETWEEN ? AND ?",
        Number.class, from, to);
    return n == null ? 0 : n.longValue();
  }
}
