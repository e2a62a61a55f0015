package se.bofast.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

/**
 * Indexes of our own on the engine's tables (ACT_*), which the engine creates itself after
 * Flyway has run, so Flyway cannot hold them. Once the engine has built its schema, every
 * {@code classpath:db/engine/*.sql} is run in file-name order, on every start. The files
 * must be idempotent and valid on H2 and PostgreSQL ({@code CREATE INDEX IF NOT EXISTS}):
 * a restart finds the indexes and changes nothing.
 *
 * <p>Nodes starting together take turns: on PostgreSQL the scripts run in one transaction
 * under the advisory lock of {@link EngineSchemaLock} (two concurrent {@code CREATE INDEX IF
 * NOT EXISTS} of one name can otherwise both miss the other's and one fail on the catalog's
 * unique key). A failing script stops the start: a missing index is a performance defect
 * that should be seen, not a log line.
 */
@Component
public class EngineIndexes extends AbstractProcessEnginePlugin {

  static final String LOCATION = "classpath*:db/engine/*.sql";

  private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    List<Resource> scripts = scripts();
    if (!scripts.isEmpty()) {
      configuration.getCommandExecutorSchemaOperations().execute(new RunScripts(scripts));
    }
  }

  /** The scripts in file-name order (a file's name says what it is for, e.g. jobs.sql). */
  static List<Resource> scripts() {
    try {
      Resource[] found = new PathMatchingResourcePatternResolver().getResources(LOCATION);
      return Arrays.stream(found)
          .sorted(Comparator.comparing(resource -> String.valueOf(resource.getFilename())))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + LOCATION, e);
    }
  }

  /** Runs the scripts on the engine's connection, in its transaction. */
  static final class RunScripts implements Command<Void> {

    private final List<Resource> scripts;

    RunScripts(List<Resource> scripts) {
      this.scripts = scripts;
    }

    @Override
    public Void execute(CommandContext commandContext) {
      Connection connection = commandContext.getDbSqlSession().getSqlSession().getConnection();
      boolean postgres = "postgres".equals(commandContext.getProcessEngineConfiguration().getDatabaseType());
      long start = System.nanoTime();
      try {
        // transaction-scoped under Spring (released by the commit), a session lock otherwise
        boolean sessionLock = postgres && connection.getAutoCommit();
        if (postgres) {
          run(connection, sessionLock ? "SELECT pg_advisory_lock(?)" : "SELECT pg_advisory_xact_lock(?)");
        }
        try {
          for (Resource script : scripts) {
            ScriptUtils.executeSqlScript(connection, new EncodedResource(script, "UTF-8"));
          }
        } finally {
          if (sessionLock) {
            run(connection, "SELECT pg_advisory_unlock(?)");
          }
        }
      } catch (SQLException e) {
        throw new ProcessEngineException("Cannot take the start-up lock for the engine's indexes", e);
      }
      log.info("Engine indexes checked: {} script(s) from db/engine in {} ms", scripts.size(),
          (System.nanoTime() - start) / 1_000_000);
      return null;
    }

    private static void run(Connection connection, String sql) throws SQLException {
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        statement.setLong(1, EngineSchemaLock.LOCK_KEY);
        statement.execute();
      }
    }
  }
}
