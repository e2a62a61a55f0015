package se.bofast.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The application as production starts it: {@code java [@jvm.options] -jar <jar>} in a process
 * of its own, its output in a log file under the work directory. Its pid is written to
 * {@code app.pid} so that bench/run can end it even when this driver is killed.
 */
final class App implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofMinutes(10);
  /** Applications still running when the driver ends (Ctrl-C, a failure): ended by a shutdown hook. */
  private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly), "end-apps"));
  }

  private final Settings settings;
  private final String name;
  private final List<String> arguments;
  private final Map<String, String> environment;
  private Process process;
  private long launchedAt;

  private App(Settings settings, String name, List<String> arguments, Map<String, String> environment) {
    this.settings = settings;
    this.name = name;
    this.arguments = arguments;
    this.environment = environment;
  }

  /** The application on PostgreSQL (profile postgres, demo users) on the given database. */
  static App onPostgres(Settings settings, String name, String database, List<String> extraArguments) {
    List<String> args = new ArrayList<>(List.of("--spring.profiles.active=postgres"));
    args.addAll(extraArguments);
    Settings.ServerAccess server = settings.server();
    return new App(settings, name, args, Map.of("DB_URL", server.jdbcUrl(database), "DB_USERNAME", server.user(),
        "DB_PASSWORD", server.password()));
  }

  /** The application on its embedded H2 database (default profile) in a data directory of its own. */
  static App onH2(Settings settings, String name, Path dataDir) {
    return new App(settings, name, List.of("--bofast.data-dir=" + dataDir.toAbsolutePath()), Map.of());
  }

  /** Starts the process and waits until Tasklist answers and health is UP; returns the time it took. */
  Duration start() {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    if (settings.jvmOptions() != null) {
      command.add("@" + settings.jvmOptions().toAbsolutePath());
    }
    command.addAll(List.of("-jar", settings.appJar().toAbsolutePath().toString(),
        "--server.port=" + settings.appPort()));
    command.addAll(arguments);
    Path log = settings.workDir().resolve("app-" + name + ".log");
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().remove("SPRING_PROFILES_ACTIVE");
    builder.environment().remove("DB_URL");
    builder.environment().putAll(environment);
    try {
      launchedAt = System.nanoTime();
      process = builder.start();
      RUNNING.add(process);
      Files.writeString(pidFile(), Long.toString(process.pid()));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the application", e);
    }
    awaitReady(log);
    return Duration.ofNanos(System.nanoTime() - launchedAt);
  }

  long launchedAtNanos() {
    return launchedAt;
  }

  private void awaitReady(Path log) {
    Http http = Http.anonymous(settings.appPort());
    long deadline = launchedAt + START_TIMEOUT.toNanos();
    boolean tasklist = false;
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new BenchException("The application (" + name + ") exited with " + process.exitValue()
            + " while starting; see " + log);
      }
      try {
        if (!tasklist) {
          tasklist = http.get("/camunda/app/tasklist/", "text/html", Duration.ofSeconds(10)).status() == 200;
        }
        if (tasklist) {
          Http.Answer health = http.get("/actuator/health", "application/json", Duration.ofSeconds(10));
          if (health.status() == 200 && health.body().contains("\"UP\"")) {
            return;
          }
        }
      } catch (BenchException notListening) {
        // the port is not open yet
      }
      sleep(100);
    }
    throw new BenchException("The application (" + name + ") did not start within " + START_TIMEOUT + "; see " + log);
  }

  /** Resident set size of the application's JVM (VmRSS), in bytes. */
  long rssBytes() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the application's /proc status", e);
    }
    throw new BenchException("No VmRSS for the application");
  }

  /** SIGTERM (Spring closes the engine and the pool), SIGKILL after a minute. */
  @Override
  public void close() {
    if (process == null) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    RUNNING.remove(process);
    try {
      Files.deleteIfExists(pidFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    process = null;
  }

  private Path pidFile() {
    return settings.workDir().resolve("app.pid");
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BenchException("Interrupted", e);
    }
  }
}
