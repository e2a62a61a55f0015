package se.bofast.platform.database;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A Flyway Java migration whose statements run on PostgreSQL only, in order, in Flyway's
 * transaction; on other databases (H2: the fast tests, the demo) it does nothing. Its checksum is
 * that of the statements, so Flyway's validation notices when they change after they ran.
 */
public abstract class PostgresMigration implements JavaMigration {

  private final MigrationVersion version;
  private final String description;

  protected PostgresMigration(String version, String description) {
    this.version = MigrationVersion.fromVersion(version);
    this.description = description;
  }

  /** The statements, in the order they run. */
  protected abstract List<String> statements();

  @Override
  public final MigrationVersion getVersion() {
    return version;
  }

  @Override
  public final String getDescription() {
    return description;
  }

  @Override
  public Integer getChecksum() {
    return String.join("", statements()).hashCode();
  }

  @Override
  public final boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public final void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
      return;
    }
    try (Statement statement = connection.createStatement()) {
      for (String sql : statements()) {
        statement.execute(sql);
      }
    }
  }
}
