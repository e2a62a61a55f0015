package se.bofast.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** pgbench's TPC-B-like transactions in a database of its own on the application's server. */
final class Pgbench {

  static final String DATABASE = "bench_pgbench";
  private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

  private final Settings settings;
  private final Postgres postgres;

  Pgbench(Settings settings, Postgres postgres) {
    this.settings = settings;
    this.postgres = postgres;
  }

  /** Creates the database and pgbench's tables at the configured scale. */
  void initialize() {
    postgres.recreate(DATABASE, null);
    run(List.of("-i", "-q", "-s", Integer.toString(settings.sizes().pgbenchScale())), "pgbench-init.log");
  }

  /** Runs TPC-B with the benchmark's clients for the given seconds; answers transactions per second. */
  double tps(int seconds) {
    String out = run(List.of("-c", Integer.toString(settings.sizes().clients()), "-j", "2", "-T",
        Integer.toString(seconds)), "pgbench-run.log");
    Matcher m = TPS.matcher(out);
    if (!m.find()) {
      throw new BenchException("pgbench printed no tps; see " + settings.workDir().resolve("pgbench-run.log"));
    }
    return Double.parseDouble(m.group(1));
  }

  private String run(List<String> arguments, String logName) {
    Settings.ServerAccess server = settings.server();
    List<String> command = new ArrayList<>(List.of(settings.pgbench().toString(), "-h", server.host(), "-p",
        Integer.toString(server.port()), "-U", server.user()));
    command.addAll(arguments);
    command.add(DATABASE);
    Path log = settings.workDir().resolve(logName);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("PGPASSWORD", server.password());
    try {
      int exit = builder.start().waitFor();
      String output = Files.readString(log, StandardCharsets.UTF_8);
      if (exit != 0) {
        throw new BenchException("pgbench exited with " + exit + "; see " + log);
      }
      return output;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot run pgbench", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BenchException("Interrupted", e);
    }
  }
}
