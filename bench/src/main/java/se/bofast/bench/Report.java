package se.bofast.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * The benchmark's output: {@code RESULT <name> <value> <unit>} for each figure and
 * {@code INFO <name> <text>} for the conditions, on standard output and appended to the
 * results file as they come (a run cut short keeps what it measured).
 */
final class Report {

  private final Path file;

  Report(Path file) {
    this.file = file;
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, "", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }

  Path file() {
    return file;
  }

  void result(String name, double value, String unit) {
    requireName(name);
    line("RESULT " + name + " " + format(value) + " " + unit);
  }

  void info(String name, Object value) {
    requireName(name);
    line("INFO " + name + " " + String.valueOf(value).replace('\n', ' ').strip());
  }

  /** Progress for the person watching; not written to the results file. */
  void progress(String text) {
    System.err.println("[bench] " + text);
  }

  private synchronized void line(String line) {
    System.out.println(line);
    System.out.flush();
    try {
      Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }

  static String format(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    if (Math.abs(value) >= 100) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    // four significant digits, also for small ratios (0.003291)
    return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
  }

  private static void requireName(String name) {
    if (!name.matches("[a-z0-9_]+")) {
      throw new IllegalArgumentException("Figure names are lower_snake_case: " + name);
    }
  }
}
