package se.bofast.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL for the tests: the server named by BOFAST_TEST_DB_URL (with
 * BOFAST_TEST_DB_USERNAME and BOFAST_TEST_DB_PASSWORD), or else an embedded PostgreSQL 17
 * started once per test JVM from zonky's binaries on Maven Central.
 *
 * <p>Exposed as DB_URL, DB_USERNAME, DB_PASSWORD system properties, which the postgres
 * profile reads exactly as in production. They are set before the Spring context starts,
 * because the start-up settings check runs before any test property source is applied.
 */
public final class TestPostgres {

  private static EmbeddedPostgres embedded;

  private TestPostgres() {
  }

  public static synchronized void useForSpring() {
    if (System.getProperty("DB_URL") != null) {
      return;
    }
    String url = System.getenv("BOFAST_TEST_DB_URL");
    if (url != null && !url.isBlank()) {
      System.setProperty("DB_URL", url);
      System.setProperty("DB_USERNAME", envOr("BOFAST_TEST_DB_USERNAME", "postgres"));
      System.setProperty("DB_PASSWORD", envOr("BOFAST_TEST_DB_PASSWORD", "postgres"));
      return;
    }
    try {
      embedded = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
      try (Connection c = embedded.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
        s.execute("CREATE DATABASE bofast");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
    } catch (SQLException e) {
      throw new IllegalStateException("Embedded PostgreSQL: cannot create database", e);
    }
    System.setProperty("DB_URL", "jdbc:postgresql://localhost:" + embedded.getPort() + "/bofast");
    System.setProperty("DB_USERNAME", "postgres");
    System.setProperty("DB_PASSWORD", "postgres");
  }

  private static int leases;

  /**
   * A Spring context on the embedded server holds a lease; the last one to close stops it.
   * Tests that use the server without a Spring context of their own lease it too.
   */
  public static synchronized void lease() {
    leases++;
  }

  public static synchronized void release() throws IOException {
    if (--leases == 0 && embedded != null) {
      embedded.close();
      embedded = null;
      System.clearProperty("DB_URL");
    }
  }

  /**
   * A new, empty database on the same server (for tests that need a database of their own,
   * e.g. a first start); returns its JDBC URL. Call {@link #useForSpring()} first.
   */
  public static String createDatabase(String name) {
    if (!name.matches("[a-z][a-z0-9_]{0,40}")) {
      throw new IllegalArgumentException("Not a plain database name: " + name);
    }
    String url = System.getProperty("DB_URL");
    try (Connection c = java.sql.DriverManager.getConnection(url, System.getProperty("DB_USERNAME"),
        System.getProperty("DB_PASSWORD")); Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name);
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create database " + name, e);
    }
    int query = url.indexOf('?');
    String base = query < 0 ? url : url.substring(0, query);
    return base.substring(0, base.lastIndexOf('/') + 1) + name + (query < 0 ? "" : url.substring(query));
  }

  private static String envOr(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
