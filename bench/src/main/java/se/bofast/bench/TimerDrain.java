package se.bofast.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Due timers drained by the job executor: a copy of the seeded database in which a fixed set
 * of timer jobs (the same in every copy) is made due, the application started on it, and the
 * due jobs counted until none is left.
 */
final class TimerDrain {

  /** The due date given to the chosen timers: long past, and recognisable. */
  private static final String MARK = "TIMESTAMP '2000-01-01 00:00:00'";

  /**
   * The Camunda Spring Boot starter's defaults (7.24: JobExecutionProperty, the engine's
   * JobExecutor and ProcessEngineConfiguration), given explicitly so that this run does not
   * depend on what application.yaml sets.
   */
  static final List<String> STARTER_DEFAULTS = List.of(
      "--camunda.bpm.job-execution.enabled=true",
      "--camunda.bpm.job-execution.deployment-aware=false",
      "--camunda.bpm.job-execution.core-pool-size=3",
      "--camunda.bpm.job-execution.max-pool-size=10",
      "--camunda.bpm.job-execution.queue-capacity=3",
      "--camunda.bpm.job-execution.keep-alive-seconds=60",
      "--camunda.bpm.job-execution.lock-time-in-millis=300000",
      "--camunda.bpm.job-execution.max-jobs-per-acquisition=3",
      "--camunda.bpm.job-execution.wait-time-in-millis=5000",
      "--camunda.bpm.job-execution.max-wait=60000",
      "--camunda.bpm.job-execution.backoff-time-in-millis=0",
      "--camunda.bpm.job-execution.max-backoff=0",
      "--camunda.bpm.job-execution.backoff-decrease-threshold=100",
      "--camunda.bpm.job-execution.wait-increase-factor=2",
      "--camunda.bpm.generic-properties.properties.job-executor-deployment-aware=false",
      "--camunda.bpm.generic-properties.properties.job-executor-prefer-timer-jobs=false",
      "--camunda.bpm.generic-properties.properties.job-executor-acquire-by-due-date=false",
      "--camunda.bpm.generic-properties.properties.job-executor-acquire-by-priority=false",
      "--camunda.bpm.generic-properties.properties.job-executor-priority-range-min=" + Long.MIN_VALUE,
      "--camunda.bpm.generic-properties.properties.job-executor-priority-range-max=" + Long.MAX_VALUE,
      "--camunda.bpm.generic-properties.properties.job-executor-acquire-exclusive-over-process-hierarchies=false",
      "--camunda.bpm.generic-properties.properties.ensure-job-due-date-not-null=false",
      "--camunda.bpm.generic-properties.properties.hint-job-executor=true");

  /** One drain: jobs per second from the first fired timer to the last, failures and incidents. */
  record Drain(int jobs, double seconds, long failedJobs, long incidents, boolean complete) {

    double perSecond() {
      return jobs / Math.max(seconds, 0.001);
    }
  }

  private final Settings settings;
  private final Postgres postgres;
  private final Report report;

  TimerDrain(Settings settings, Postgres postgres, Report report) {
    this.settings = settings;
    this.postgres = postgres;
    this.report = report;
  }

  /** Makes the first {@code count} waiting timers (by id) due; fails when there are fewer. */
  void makeDue(String database, int count) {
    int made = postgres.update(database, "UPDATE act_ru_job SET duedate_ = " + MARK + " WHERE id_ IN (SELECT id_ "
        + "FROM act_ru_job WHERE type_ = 'timer' AND process_instance_id_ IS NOT NULL AND retries_ > 0 "
        + "AND suspension_state_ = 1 AND lock_owner_ IS NULL "
        + "ORDER BY id_ LIMIT " + count + ")");
    if (made < count) {
      throw new BenchException("Only " + made + " timers to make due, " + count + " wanted");
    }
  }

  /**
   * Starts the application on the database with the arguments and waits until the due timers
   * are gone, or until {@code timeout} after the application is up.
   */
  Drain drain(String name, String database, int count, List<String> arguments, Duration timeout) {
    try (Connection c = postgres.connect(database); App app = App.onPostgres(settings, name, database, arguments)) {
      AtomicReference<RuntimeException> startFailure = new AtomicReference<>();
      Thread starter = new Thread(() -> {
        try {
          app.start();
        } catch (RuntimeException e) {
          startFailure.set(e);
        }
      }, "start-" + name);
      starter.setDaemon(true);
      starter.start();
      // the timeout counts from the moment the application is up (its start has a limit of its own)
      long deadline = Long.MAX_VALUE;
      long firstFired = 0;
      long remaining = count;
      while (remaining > 0 && System.nanoTime() < deadline) {
        if (startFailure.get() != null) {
          throw startFailure.get();
        }
        if (deadline == Long.MAX_VALUE && !starter.isAlive()) {
          deadline = System.nanoTime() + timeout.toNanos();
        }
        remaining = due(c);
        if (firstFired == 0 && remaining < count) {
          firstFired = System.nanoTime();
        }
        App.sleep(50);
      }
      long end = System.nanoTime();
      starter.join(Duration.ofMinutes(5).toMillis());
      long failed = Postgres.queryLong(c, "SELECT count(*) FROM act_ru_job WHERE exception_stack_id_ IS NOT NULL "
          + "OR exception_msg_ IS NOT NULL");
      long incidents = Postgres.queryLong(c, "SELECT count(*) FROM act_ru_incident");
      double seconds = firstFired == 0 ? timeout.toSeconds() : (end - firstFired) / 1e9;
      report.progress(String.format("timers %s: %d of %d left after %.1f s", name, remaining, count, seconds));
      return new Drain((int) (count - remaining), seconds, failed, incidents, remaining == 0);
    } catch (SQLException e) {
      throw new BenchException("Cannot count due jobs (" + e.getSQLState() + ")", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BenchException("Interrupted", e);
    }
  }

  private static long due(Connection c) throws SQLException {
    return Postgres.queryLong(c, "SELECT count(*) FROM act_ru_job WHERE duedate_ = " + MARK + " AND retries_ > 0");
  }
}
