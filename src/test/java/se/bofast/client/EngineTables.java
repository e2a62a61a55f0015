package se.bofast.client;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;

/** The engine's tables (ACT_*), and a search of every column of a table for a text. */
public final class EngineTables {

  private EngineTables() {
  }

  public static List<String> names(JdbcTemplate jdbc) {
    return jdbc.queryForList("SELECT table_name FROM information_schema.tables "
        + "WHERE upper(table_schema) = upper(current_schema()) AND table_type = 'BASE TABLE' "
        + "AND upper(table_name) LIKE 'ACT\\_%' ORDER BY table_name", String.class);
  }

  /** How many rows of the table hold the text in any column (texts, and bytes read as UTF-8). */
  public static int holding(JdbcTemplate jdbc, String table, String text) {
    AtomicInteger rows = new AtomicInteger();
    jdbc.query("SELECT * FROM " + table, rs -> {
      int columns = rs.getMetaData().getColumnCount();
      for (int i = 1; i <= columns; i++) {
        Object value = rs.getObject(i);
        String shown = value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(value);
        if (shown.contains(text)) {
          rows.incrementAndGet();
          return;
        }
      }
    });
    return rows.get();
  }
}
