package se.bofast.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.SchemaOperationsCommand;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSession;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Several nodes may start at the same moment on one database (a first install with two
 * replicas, a rolling deployment): the engine's own schema operation
 * ({@code schema-update: true}) is not safe for that; each node sees no tables and creates
 * them, and all but one fail with ENGINE-03015. This plugin makes the schema operation take
 * turns: on PostgreSQL it holds an advisory lock around it, in the same transaction, so the
 * second node waits until the first has committed the tables and then finds them.
 *
 * <p>The lock is transaction-scoped ({@code pg_advisory_xact_lock}) when the engine runs the
 * operation in a transaction, as it does under Spring, so it is released by the commit or
 * rollback, or by PostgreSQL when a node dies; on an auto-commit connection it is a session
 * lock released right after the operation. H2 (the default profile) is one process only
 * (a file database that one JVM opens), so there is nothing to serialise there.
 */
@Component
public class EngineSchemaLock extends AbstractProcessEnginePlugin {

  /** Advisory lock key: "bofast" in ASCII and 1 (the engine's schema); no other lock uses it. */
  public static final long LOCK_KEY = 0x626f_6661_7374_0001L;

  private static final Logger log = LoggerFactory.getLogger(EngineSchemaLock.class);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setSchemaOperationsCommand(new Locked(configuration.getSchemaOperationsCommand()));
  }

  /** The engine's schema operation, run while holding the lock. */
  static final class Locked implements SchemaOperationsCommand {

    private final SchemaOperationsCommand operation;

    Locked(SchemaOperationsCommand operation) {
      this.operation = operation;
    }

    @Override
    public Void execute(CommandContext commandContext) {
      String databaseType = commandContext.getProcessEngineConfiguration().getDatabaseType();
      if (!"postgres".equals(databaseType)) {
        return operation.execute(commandContext);
      }
      DbSqlSession session = commandContext.getDbSqlSession();
      Connection connection = session.getSqlSession().getConnection();
      try {
        boolean sessionLock = connection.getAutoCommit();
        long start = System.nanoTime();
        run(connection, sessionLock ? "SELECT pg_advisory_lock(?)" : "SELECT pg_advisory_xact_lock(?)");
        Duration waited = Duration.ofNanos(System.nanoTime() - start);
        boolean present = session.isEngineTablePresent();
        try {
          operation.execute(commandContext);
        } finally {
          if (sessionLock) {
            run(connection, "SELECT pg_advisory_unlock(?)");
          }
        }
        log.info(present ? "Engine schema found (waited {} ms for the start-up lock)"
            : "Engine schema created (waited {} ms for the start-up lock)", waited.toMillis());
        return null;
      } catch (SQLException e) {
        throw new ProcessEngineException("Cannot take the start-up lock for the engine's schema", e);
      }
    }

    private static void run(Connection connection, String sql) throws SQLException {
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        statement.setLong(1, LOCK_KEY);
        statement.execute();
      }
    }
  }
}
