package se.bofast.eviction;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
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

  /**
   * The signals of a period: in all, by type and by source (every type and every source, in the
   * enums' order, 0 where none came).
   */
  public record ReceivedSignals(long total, Map<SignalType, Long> byType, Map<SignalSource, Long> bySource) {
  }

  private final JdbcTemplate jdbc;

  EvictionSignalFacts(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Signals received from {@code from} to {@code to}, both days included, repeated signals about an
   * open case too; the same signal sent twice (same source and reference) is stored, and counted, once.
   */
  public ReceivedSignals receivedBetween(LocalDate from, LocalDate to) {
    Map<SignalType, Long> byType = new EnumMap<>(SignalType.class);
    Map<SignalSource, Long> bySource = new EnumMap<>(SignalSource.class);
    for (SignalType type : SignalType.values()) {
      byType.put(type, 0L);
    }
    for (SignalSource source : SignalSource.values()) {
      bySource.put(source, 0L);
    }
    long[] total = {0};
    jdbc.query("SELECT type, source, COUNT(*) AS n FROM eviction_signal WHERE received_on BETWEEN ? AND ?"
        + " GROUP BY type, source", rs -> {
          long n = rs.getLong("n");
          byType.merge(SignalType.valueOf(rs.getString("type")), n, Long::sum);
          bySource.merge(SignalSource.valueOf(rs.getString("source")), n, Long::sum);
          total[0] += n;
        }, from, to);
    return new ReceivedSignals(total[0], Collections.unmodifiableMap(byType), Collections.unmodifiableMap(bySource));
  }
}
