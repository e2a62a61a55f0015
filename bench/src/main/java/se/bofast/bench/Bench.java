package se.bofast.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * The benchmark driver that bench/run starts once PostgreSQL runs and the application is built:
 * every figure of issue 10 in one run, printed as RESULT lines (see bench/README.md).
 */
public final class Bench {

  static final String APP_DATABASE = "bench_app";
  static final String TIMERS_A = "bench_timers_app";
  static final String TIMERS_B = "bench_timers_defaults";

  private final Settings settings;
  private final Report report;
  private final Postgres postgres;
  private final Households households;
  private final Pgbench pgbench;

  private Bench(Settings settings) {
    this.settings = settings;
    this.report = new Report(settings.resultsFile());
    this.postgres = new Postgres(settings.server());
    this.households = new Households(Long.toString(System.currentTimeMillis(), 36), LocalDate.now());
    this.pgbench = new Pgbench(settings, postgres);
  }

  public static void main(String[] args) {
    List<String> arguments = List.of(args);
    String mode = arguments.contains("--smoke") ? "smoke" : arguments.contains("--quick") ? "quick" : "full";
    Bench bench = new Bench(Settings.fromEnvironment(mode));
    try {
      bench.run();
    } catch (RuntimeException e) {
      bench.report.progress("FAILED: " + e.getMessage());
      throw e;
    }
  }

  private void run() {
    Settings.Sizes sizes = settings.sizes();
    conditions();
    pgbench.initialize();
    postgres.recreate(APP_DATABASE, null);
    long emptySize = postgres.databaseSize(APP_DATABASE);

    Intake intake;
    Seeder seeder;
    try (App app = App.onPostgres(settings, "postgres", APP_DATABASE, List.of())) {
      report.result("startup_empty_db_s", app.start().toMillis() / 1000.0, "s");
      emptySize = postgres.databaseSize(APP_DATABASE);
      intake = new Intake(settings.appPort(), households, sizes.clients());
      Load.Stats measured = intake.measure(report, "intake_pg", sizes.intakeWarmup(), sizes.intakeMeasured());
      int seconds = (int) Math.max(5, Math.round(measured.seconds()));
      double tps = pgbench.tps(seconds);
      report.result("pgbench_tps", tps, "tps");
      report.info("pgbench_run", "TPC-B, scale " + sizes.pgbenchScale() + ", " + sizes.clients() + " clients, -j 2, "
          + seconds + " s, right after the intake run");
      report.result("intake_pg_pgbench_ratio", measured.perSecond() / tps, "ratio");

      seeder = new Seeder(settings, report, postgres, APP_DATABASE, intake,
          new Journeys(settings.appPort(), households, LocalDate.now()));
      TasklistProbe tasklist = new TasklistProbe(settings, report);
      Map<String, TasklistProbe.Series> small = tasklistAt(seeder, tasklist, sizes.tasksSmall(), "small");
      Map<String, TasklistProbe.Series> large = tasklistAt(seeder, tasklist, sizes.tasksLarge(), "large");
      tasklist.growth(small, large);

      report.result("journey_tasks_per_s", seeder.journeyTasksPerSecond(), "tasks/s");
      Load.Stats assessments = seeder.lastAssessments();
      report.result("journey_task_p50_ms", assessments.p50Millis(), "ms");
      report.result("journey_task_p95_ms", assessments.p95Millis(), "ms");
      report.info("journey_run", seeder.journeyTasks() + " tasks completed (assessment by kim, decision by sara: "
          + "find, claim, submit-form), " + sizes.clients() + " clients; p50/p95 of the last seeding's assessments");

      report.result("rss_after_seeding_mib", app.rssBytes() / 1048576.0, "MiB");
      long cases = cases();
      long bytes = postgres.databaseSize(APP_DATABASE) - emptySize;
      report.result("db_bytes_per_case", (double) bytes / cases, "bytes");
      report.info("db_size", bytes + " bytes over the empty schema for " + cases + " cases (eviction cases + journeys), "
          + seeder.activeInstances() + " active process instances");
    }

    postgres.recreate(TIMERS_A, APP_DATABASE);
    postgres.recreate(TIMERS_B, APP_DATABASE);
    try (App app = App.onPostgres(settings, "postgres-restart", APP_DATABASE, List.of())) {
      report.result("startup_seeded_db_s", app.start().toMillis() / 1000.0, "s");
      Seeder more = new Seeder(settings, report, postgres, APP_DATABASE,
          new Intake(settings.appPort(), households, sizes.clients()),
          new Journeys(settings.appPort(), households, LocalDate.now()));
      more.seedActiveInstances(sizes.activeInstances());
      long active = more.activeInstances();
      report.result("rss_active_instances_mib", app.rssBytes() / 1048576.0, "MiB");
      report.info("rss_active_instances", active + " active process instances");
    }

    timers();
    h2Intake();
    report.info("results_file", report.file());
  }

  private Map<String, TasklistProbe.Series> tasklistAt(Seeder seeder, TasklistProbe tasklist, int tasks, String size) {
    Map<StaffUser, Long> open = seeder.seedOpenTasks(tasks);
    long total = open.values().stream().mapToLong(Long::longValue).sum();
    report.result("tasklist_open_tasks_" + size, total, "tasks");
    report.info("tasklist_open_tasks_" + size + "_by_group", open);
    report.progress("measuring Tasklist at " + total + " open tasks");
    return tasklist.measure(size);
  }

  private void timers() {
    int count = settings.sizes().dueTimers();
    TimerDrain drain = new TimerDrain(settings, postgres, report);
    drain.makeDue(TIMERS_A, count);
    drain.makeDue(TIMERS_B, count);
    Duration timeout = Duration.ofMinutes(settings.quick() ? 4 : 15);
    TimerDrain.Drain own = drain.drain("timers-app", TIMERS_A, count, List.of(), timeout);
    postgres.drop(TIMERS_A);
    TimerDrain.Drain defaults = drain.drain("timers-defaults", TIMERS_B, count, TimerDrain.STARTER_DEFAULTS, timeout);
    postgres.drop(TIMERS_B);
    report.result("timers_app_jobs_per_s", own.perSecond(), "jobs/s");
    report.result("timers_defaults_jobs_per_s", defaults.perSecond(), "jobs/s");
    report.result("timers_ratio", own.perSecond() / Math.max(defaults.perSecond(), 0.001), "ratio");
    report.result("timers_failed_jobs", own.failedJobs() + defaults.failedJobs(), "jobs");
    report.result("timers_incidents", own.incidents() + defaults.incidents(), "incidents");
    report.info("timers_run", count + " due timers each; app settings: " + own.jobs() + " fired in "
        + Report.format(own.seconds()) + " s" + (own.complete() ? "" : " (TIMED OUT)") + "; starter defaults: "
        + defaults.jobs() + " fired in " + Report.format(defaults.seconds()) + " s"
        + (defaults.complete() ? "" : " (TIMED OUT)"));
  }

  private void h2Intake() {
    Path dataDir = settings.workDir().resolve("h2");
    deleteRecursively(dataDir);
    try (App app = App.onH2(settings, "h2", dataDir)) {
      report.result("startup_h2_s", app.start().toMillis() / 1000.0, "s");
      Intake intake = new Intake(settings.appPort(), households, settings.sizes().clients());
      intake.measure(report, "intake_h2", settings.sizes().intakeWarmup(), settings.sizes().intakeMeasured());
    }
  }

  private long cases() {
    return postgres.queryLong(APP_DATABASE, "SELECT (SELECT count(*) FROM eviction_case) + (SELECT count(*) FROM journey)");
  }

  private void conditions() {
    report.info("mode", settings.mode());
    report.info("date", OffsetDateTime.now(ZoneOffset.UTC));
    report.info("git_commit", System.getenv().getOrDefault("BENCH_GIT_COMMIT", "unknown"));
    report.info("nproc", Runtime.getRuntime().availableProcessors());
    report.info("memory", memTotal());
    report.info("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    report.info("jvm_options", settings.jvmOptions() == null ? "none (no jvm.options)"
        : options(settings.jvmOptions()));
    report.info("postgresql", postgres.version());
    report.info("postgresql_server", System.getenv().getOrDefault("BENCH_PG_SOURCE", "unknown"));
    postgres.settings().forEach((name, value) -> report.info("pg_setting_" + name, value));
    report.info("pgbench", settings.pgbench() + " (" + settings.pgbenchSource() + ")");
  }

  private static String memTotal() {
    try {
      return Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\s+", " ");
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static String options(Path file) {
    try {
      // the options only: an argfile's comments run from # to the end of the line
      return Files.readAllLines(file).stream()
          .map(line -> line.replaceFirst("#.*", "").trim())
          .filter(line -> !line.isEmpty())
          .collect(java.util.stream.Collectors.joining(" "));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
