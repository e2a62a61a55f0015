package se.bofast.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/** The PostgreSQL server the benchmark runs on: its databases, sizes and settings, over JDBC. */
final class Postgres {

  /** Settings worth knowing when reading the figures (the benchmark changes none of them). */
  private static final String SETTINGS = "'shared_buffers','max_connections','work_mem','effective_cache_size',"
      + "'synchronous_commit','fsync','wal_level','max_wal_size','checkpoint_timeout','random_page_cost','jit',"
      + "'autovacuum','shared_preload_libraries'";

  private final Settings.ServerAccess server;

  Postgres(Settings.ServerAccess server) {
    this.server = server;
  }

  Connection connect(String database) {
    try {
      return DriverManager.getConnection(server.jdbcUrl(database), server.user(), server.password());
    } catch (SQLException e) {
      throw new BenchException("Cannot connect to database " + database + " at " + server.host() + ":"
          + server.port() + " (" + e.getSQLState() + ")", e);
    }
  }

  /** Drops the database if it exists and creates it empty (or as a copy of the template). */
  void recreate(String database, String template) {
    requirePlainName(database);
    run("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    if (template == null) {
      run("CREATE DATABASE " + database);
    } else {
      requirePlainName(template);
      run("CREATE DATABASE " + database + " TEMPLATE " + template);
    }
  }

  void drop(String database) {
    requirePlainName(database);
    run("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
  }

  long databaseSize(String database) {
    requirePlainName(database);
    return queryLong("postgres", "SELECT pg_database_size('" + database + "')");
  }

  String version() {
    return queryString("postgres", "SELECT version()");
  }

  Map<String, String> settings() {
    Map<String, String> values = new LinkedHashMap<>();
    try (Connection c = connect("postgres"); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT name, setting, coalesce(unit, '') FROM pg_settings WHERE name IN ("
            + SETTINGS + ") ORDER BY name")) {
      while (rs.next()) {
        values.put(rs.getString(1), rs.getString(2) + rs.getString(3));
      }
    } catch (SQLException e) {
      throw new BenchException("Cannot read the server's settings (" + e.getSQLState() + ")", e);
    }
    return values;
  }

  long queryLong(String database, String sql) {
    try (Connection c = connect(database)) {
      return queryLong(c, sql);
    } catch (SQLException e) {
      throw new BenchException("Query failed on " + database + " (" + e.getSQLState() + "): " + sql, e);
    }
  }

  static long queryLong(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private String queryString(String database, String sql) {
    try (Connection c = connect(database); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    } catch (SQLException e) {
      throw new BenchException("Query failed on " + database + " (" + e.getSQLState() + "): " + sql, e);
    }
  }

  int update(String database, String sql) {
    try (Connection c = connect(database); Statement s = c.createStatement()) {
      return s.executeUpdate(sql);
    } catch (SQLException e) {
      throw new BenchException("Statement failed on " + database + " (" + e.getSQLState() + "): " + sql, e);
    }
  }

  private void run(String sql) {
    update("postgres", sql);
  }

  private static void requirePlainName(String database) {
    if (!database.matches("[a-z][a-z0-9_]{0,40}")) {
      throw new IllegalArgumentException("Not a plain database name: " + database);
    }
  }
}
