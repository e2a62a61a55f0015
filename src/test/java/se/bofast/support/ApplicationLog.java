package se.bofast.support;

import java.util.List;
import org.springframework.boot.test.system.CapturedOutput;

/**
 * The application's own log lines in captured output. The embedded PostgreSQL server's output
 * (its own log, which in production is the database server's file, not the application's, and
 * which arrives on its own threads at any time) is left out.
 */
public final class ApplicationLog {

  private ApplicationLog() {
  }

  public static List<String> lines(CapturedOutput output) {
    return output.getAll().lines().filter(ApplicationLog::fromTheApplication).toList();
  }

  static boolean fromTheApplication(String line) {
    return !line.contains("io.zonky") && !line.contains("EmbeddedPostgres") && !line.contains("pg-");
  }
}
