package se.bofast.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import se.bofast.support.TestPostgres;

/**
 * A new, empty database on the tests' PostgreSQL (see {@link TestPostgres}) for one fault
 * test, and plain JDBC on it for the test's checks. Holds a lease on the embedded server.
 */
final class FaultDatabase implements AutoCloseable {

  final String url;
  final JdbcTemplate jdbc;

  private FaultDatabase(String url) {
    this.url = url;
    this.jdbc = new JdbcTemplate(new DriverManagerDataSource(url, System.getProperty("DB_USERNAME"),
        System.getProperty("DB_PASSWORD")));
  }

  static FaultDatabase createEmpty(String name) {
    TestPostgres.useForSpring();
    TestPostgres.lease();
    try {
      return new FaultDatabase(TestPostgres.createDatabase(name));
    } catch (RuntimeException e) {
      release();
      throw e;
    }
  }

  long count(String sql, Object... args) {
    Long n = jdbc.queryForObject(sql, Long.class, args);
    return n == null ? 0 : n;
  }

  @Override
  public void close() {
    release();
  }

  private static void release() {
    try {
      TestPostgres.release();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
