package se.bofast.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Locale;

/** The fault tests' figures (counts, times), kept in target/faults/figures.txt for the report. */
final class Figures {

  private Figures() {
  }

  static synchronized void record(String format, Object... args) {
    String line = Instant.now() + " " + String.format(Locale.ROOT, format, args);
    System.out.println(line);
    try {
      Files.createDirectories(AppProcess.LOG_DIR);
      Files.writeString(AppProcess.LOG_DIR.resolve("figures.txt"), line + System.lineSeparator(),
          StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
