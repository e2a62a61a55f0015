package se.bofast.faults;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The application as production runs it: a JVM of its own (se.bofast.BofastApplication on
 * the main classes and the dependencies, without the test classes, whose test
 * configurations would otherwise be component-scanned), postgres profile, on a port of its
 * own. Its output goes to a file under target/faults/, never to the test's output.
 */
final class AppProcess implements AutoCloseable {

  static final Path LOG_DIR = Path.of("target", "faults");
  private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

  private final String name;
  private final String dbUrl;
  private final List<String> extraArgs;
  private final int port;
  private Process process;
  private Path log;
  private int starts;
  private Duration lastStartup;

  AppProcess(String name, String dbUrl, String... extraArgs) {
    this.name = name;
    this.dbUrl = dbUrl;
    this.extraArgs = List.of(extraArgs);
    this.port = freePort();
    // also when the test JVM ends without @AfterAll (e.g. surefire's timeout ends it)
    Runtime.getRuntime().addShutdownHook(new Thread(this::close, "kill-" + name));
  }

  int port() {
    return port;
  }

  String name() {
    return name;
  }

  Path log() {
    return log;
  }

  Duration lastStartup() {
    return lastStartup;
  }

  /** Launches the JVM; does not wait for it (see {@link #awaitUp()}). */
  void launch() {
    if (process != null && process.isAlive()) {
      throw new IllegalStateException(name + " is already running");
    }
    starts++;
    try {
      Files.createDirectories(LOG_DIR);
      log = LOG_DIR.resolve(name + "-" + starts + ".log");
      List<String> command = new ArrayList<>(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx640m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
          "-Dfile.encoding=UTF-8",
          "-cp", applicationClassPath(),
          "se.bofast.BofastApplication",
          "--spring.profiles.active=postgres",
          "--server.port=" + port,
          "--bofast.identity.demo-users=true",
          "--camunda.bpm.job-execution.enabled=true",
          "--camunda.bpm.generic-properties.properties.hostname=" + name));
      command.addAll(extraArgs);
      ProcessBuilder builder = new ProcessBuilder(command)
          .redirectErrorStream(true)
          .redirectOutput(log.toFile());
      builder.environment().put("DB_URL", dbUrl);
      builder.environment().put("DB_USERNAME", System.getProperty("DB_USERNAME"));
      builder.environment().put("DB_PASSWORD", System.getProperty("DB_PASSWORD"));
      builder.environment().remove("SPRING_PROFILES_ACTIVE");
      lastStartup = null;
      startedAt = System.nanoTime();
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot launch " + name, e);
    }
  }

  private long startedAt;

  /** Waits until the actuator health answers UP; fails when the process dies or time runs out. */
  AppProcess awaitUp() {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = startedAt + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError(name + " exited with " + process.exitValue() + " before it came up; "
            + failureLines() + " (log: " + log.toAbsolutePath() + ")");
      }
      try {
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/health")).timeout(Duration.ofSeconds(5)).build(),
            HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
          lastStartup = Duration.ofNanos(System.nanoTime() - startedAt);
          return this;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("Interrupted while waiting for " + name, e);
      }
      sleep(250);
    }
    throw new AssertionError(name + " did not come up within " + START_TIMEOUT
        + " (log: " + log.toAbsolutePath() + ")");
  }

  /**
   * SIGKILL: {@link Process#destroyForcibly()} is kill(pid, SIGKILL) on Linux; the exit
   * value proves it (128 + 9). No shutdown hook, no connection closed cleanly.
   */
  int kill() {
    process.destroyForcibly();
    return waitForExit();
  }

  /** SIGTERM: Spring closes the engine and the pool. */
  int stop() {
    process.destroy();
    return waitForExit();
  }

  boolean isAlive() {
    return process != null && process.isAlive();
  }

  private int waitForExit() {
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      throw new AssertionError("Interrupted while stopping " + name, e);
    }
  }

  /** Lines of this run's log that contain the text. */
  List<String> logLines(String text) {
    try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
      return lines.filter(l -> l.contains(text)).collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (UncheckedIOException e) {
      return List.of();
    }
  }

  private String failureLines() {
    List<String> lines = new ArrayList<>();
    for (String marker : List.of(" ERROR ", "APPLICATION FAILED")) {
      logLines(marker).stream().limit(3).forEach(lines::add);
    }
    return String.join(" | ", lines);
  }

  /** Always safe to call: kills what is still running. */
  @Override
  public void close() {
    if (process != null && process.isAlive()) {
      process.destroyForcibly();
      try {
        process.waitFor(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * The test JVM's class path without the test classes. Surefire sets java.class.path to
   * the full test class path in the forked JVM (and surefire.test.class.path).
   */
  static String applicationClassPath() {
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    String kept = Arrays.stream(classPath.split(File.pathSeparator))
        .filter(entry -> !entry.isBlank())
        .filter(entry -> !Path.of(entry).normalize().endsWith(Path.of("target", "test-classes")))
        .collect(Collectors.joining(File.pathSeparator));
    if (!kept.contains("spring-boot") || !kept.contains(Path.of("target", "classes").toString())) {
      throw new IllegalStateException("The test JVM's class path does not name the application's classes and jars");
    }
    return kept;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted", e);
    }
  }
}
