package se.bofast;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A class that needs more than 300 lines is usually doing several jobs: split it by job (intake,
 * placements, queue, view), not by layer. Counted on the source files (one top-level class each),
 * because the length of a class is a fact about its source, not its bytecode.
 */
class ClassSizeTest {

  static final int MAX_LINES = 300;
  static final Path SOURCES = Path.of("src", "main", "java");

  @Test
  void noClassIsOver300Lines() throws IOException {
    Map<String, Integer> tooLong = new TreeMap<>();
    lineCounts().forEach((file, lines) -> {
      if (lines > MAX_LINES) {
        tooLong.put(file, lines);
      }
    });
    assertThat(tooLong).as("classes over %d lines: split them by job", MAX_LINES).isEmpty();
  }

  @Test
  void countsTheSources() throws IOException {
    Map<String, Integer> counts = lineCounts();
    assertThat(counts).containsKey("se/bofast/BofastApplication.java").hasSizeGreaterThan(100);
  }

  private static Map<String, Integer> lineCounts() throws IOException {
    Map<String, Integer> counts = new TreeMap<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        counts.put(SOURCES.relativize(file).toString().replace('\\', '/'), lines.size());
      }
    }
    return counts;
  }
}
