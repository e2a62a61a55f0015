package se.bofast.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * What bench/run hands the driver (environment variables BENCH_*), and the sizes of a full
 * or a quick run (a tenth of the full one).
 */
record Settings(String mode, int appPort, Path appJar, Path jvmOptions, Path workDir, Path resultsFile,
    ServerAccess server, Path pgbench, String pgbenchSource, Sizes sizes) {

  /** How to reach the PostgreSQL server: host, port and a role that may create databases. */
  record ServerAccess(String host, int port, String user, String password) {

    String jdbcUrl(String database) {
      return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }
  }

  /** The sizes of one run. */
  record Sizes(int intakeWarmup, int intakeMeasured, int tasksSmall, int tasksLarge, int tasklistRequests,
      Duration tasklistTimeout, Duration tasklistSeriesBudget, int dueTimers, int activeInstances,
      int pgbenchScale, int clients) {

    static Sizes full() {
      return new Sizes(500, 2_000, 5_000, 50_000, 30, Duration.ofSeconds(60), Duration.ofSeconds(180), 10_000,
          100_000, 10, 8);
    }

    /** Only checks that every phase works: the figures mean nothing. */
    static Sizes smoke() {
      return new Sizes(20, 50, 60, 200, 5, Duration.ofSeconds(60), Duration.ofSeconds(10), 100, 600, 1, 8);
    }

    static Sizes quick() {
      return new Sizes(100, 200, 500, 5_000, 30, Duration.ofSeconds(60), Duration.ofSeconds(30), 1_000, 10_000,
          10, 8);
    }
  }

  boolean quick() {
    return !mode.equals("full");
  }

  static Settings fromEnvironment(String mode) {
    Map<String, String> env = System.getenv();
    Path workDir = Path.of(required(env, "BENCH_WORK_DIR"));
    Path jvmOptions = Path.of(env.getOrDefault("BENCH_JVM_OPTIONS", "jvm.options"));
    ServerAccess server = new ServerAccess(required(env, "BENCH_PG_HOST"),
        Integer.parseInt(required(env, "BENCH_PG_PORT")), required(env, "BENCH_PG_USER"),
        env.getOrDefault("BENCH_PG_PASSWORD", ""));
    return new Settings(mode, Integer.parseInt(required(env, "BENCH_APP_PORT")),
        Path.of(required(env, "BENCH_APP_JAR")), Files.isRegularFile(jvmOptions) ? jvmOptions : null, workDir,
        Path.of(required(env, "BENCH_RESULTS_FILE")), server,
        Path.of(required(env, "BENCH_PGBENCH")), env.getOrDefault("BENCH_PGBENCH_SOURCE", "unknown"),
        switch (mode) {
          case "full" -> Sizes.full();
          case "quick" -> Sizes.quick();
          case "smoke" -> Sizes.smoke();
          default -> throw new IllegalArgumentException("Unknown mode " + mode);
        });
  }

  private static String required(Map<String, String> env, String name) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(name + " is not set (start the benchmark with bench/run)");
    }
    return value;
  }
}
