package se.bofast.platform.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The row count of every table of the database (the application's and the engine's), as
 * information_schema lists them, in one query: what a refused request must leave unchanged.
 */
final class RowCounts {

  private final JdbcTemplate jdbc;
  private final String query;

  RowCounts(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    List<String> tables = jdbc.queryForList("SELECT table_name FROM information_schema.tables "
        + "WHERE table_schema = 'PUBLIC' AND table_type = 'BASE TABLE' ORDER BY table_name", String.class);
    if (tables.size() < 20) {
      throw new IllegalStateException("expected the application's and the engine's tables, found " + tables);
    }
    this.query = tables.stream()
        .map(t -> "SELECT '" + t + "' AS t, count(*) AS n FROM \"" + t + "\"")
        .collect(Collectors.joining(" UNION ALL "));
  }

  Map<String, Long> now() {
    Map<String, Long> counts = new TreeMap<>();
    jdbc.query(query, rs -> {
      counts.put(rs.getString(1), rs.getLong(2));
    });
    return counts;
  }

  static String difference(Map<String, Long> before, Map<String, Long> after) {
    return after.entrySet().stream().filter(e -> !e.getValue().equals(before.get(e.getKey())))
        .map(e -> e.getKey() + " " + before.get(e.getKey()) + " → " + e.getValue())
        .collect(Collectors.joining(", "));
  }
}
