package se.bofast.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The system's Chromium (Debian's package at /usr/bin/chromium), driven by Playwright; Playwright
 * never downloads a browser. One browser for the whole test JVM, closed when the JVM ends.
 *
 * <p>Where no Chromium is found, the browser tests are skipped with a message, except in CI
 * (environment CI=true), where a missing Chromium fails them: .ci/run installs it.
 */
final class Chromium {

  /** Candidates in order; BOFAST_CHROMIUM names another binary. */
  static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");

  static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
      "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

  private static Playwright playwright;
  private static Browser browser;

  private Chromium() {
  }

  static Path executable() {
    List<String> candidates = new ArrayList<>();
    String configured = System.getenv("BOFAST_CHROMIUM");
    if (configured != null && !configured.isBlank()) {
      candidates.add(configured);
    }
    candidates.addAll(CANDIDATES);
    for (String candidate : candidates) {
      Path path = Path.of(candidate);
      if (Files.isExecutable(path)) {
        return path;
      }
    }
    String message = "No Chromium found at " + candidates + ": the browser tests need Debian's chromium "
        + "package (apt-get install chromium) or BOFAST_CHROMIUM=/path/to/chromium.";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      return Assertions.fail("CI=true: " + message + " .ci/run installs it; it must not be skipped in CI.");
    }
    Assumptions.abort("Browser tests skipped. " + message);
    return null;
  }

  static synchronized Browser browser() {
    Path executable = executable();
    if (browser == null) {
      playwright = Playwright.create(new Playwright.CreateOptions()
          .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
      browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
          .setExecutablePath(executable)
          .setHeadless(true)
          .setArgs(ARGS));
      Runtime.getRuntime().addShutdownHook(new Thread(Chromium::close, "playwright-close"));
    }
    return browser;
  }

  private static synchronized void close() {
    try {
      if (browser != null) {
        browser.close();
      }
    } finally {
      if (playwright != null) {
        playwright.close();
      }
    }
  }
}
