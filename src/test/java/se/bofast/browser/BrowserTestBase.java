package se.bofast.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A staff member at a Swedish workstation (language sv-SE, time zone Europe/Stockholm) in the
 * webapps of the running application. Each test gets a fresh browser context (no cookies).
 */
abstract class BrowserTestBase {

  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @LocalServerPort
  int port;

  BrowserContext context;
  Page page;

  @BeforeEach
  void openBrowser() {
    Browser browser = Chromium.browser();
    context = browser.newContext(new Browser.NewContextOptions()
        .setLocale("sv-SE")
        .setTimezoneId("Europe/Stockholm")
        .setViewportSize(1400, 900));
    context.setDefaultTimeout(20_000);
    page = context.newPage();
  }

  /** Keeps the last page of each test (HTML and picture) under target/browser-pages/ for diagnosis. */
  @AfterEach
  void closeBrowser(TestInfo test) throws IOException {
    if (page != null) {
      Path dir = Path.of("target", "browser-pages");
      Files.createDirectories(dir);
      String name = test.getTestClass().map(Class::getSimpleName).orElse("") + "-"
          + test.getTestMethod().map(m -> m.getName()).orElse("");
      Files.writeString(dir.resolve(name + ".html"), page.content());
      page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")).setFullPage(true));
    }
    if (context != null) {
      context.close();
    }
  }

  String url(String path) {
    return "http://localhost:" + port + path;
  }

  /** Logs in on the app's login page; answers once the login form has gone. */
  void login(String app, String user) {
    page.navigate(url("/camunda/app/" + app + "/default/"));
    submitLogin(user);
    assertThat(page.locator("input[ng-model='username']")).hasCount(0);
    assertNoVendorNotices();
  }

  /** Camunda's "migrate to Camunda 8" banner and the "Powered by" footer are not shown. */
  void assertNoVendorNotices() {
    assertThat(page.locator(".ce-eol-banner")).isHidden();
    assertThat(page.getByText("Camunda 8")).isHidden();
    assertThat(page.getByText("Camunda Platform")).isHidden();
  }

  void submitLogin(String user) {
    page.locator("input[ng-model='username']").fill(user);
    page.locator("input[ng-model='password']").fill("demo");
    page.locator("button[type='submit']").click();
  }

  /** Tasklist: opens a shared filter by its name. */
  void openFilter(String name) {
    page.locator(".task-filter").filter(new Locator.FilterOptions().setHasText(name))
        .locator("h4.name a").click();
  }

  /** Tasklist: the task in the open list whose entry shows this text (the case number). */
  Locator taskInList(String name, String text) {
    return page.locator("ol.tasks-list li.task")
        .filter(new Locator.FilterOptions().setHasText(name))
        .filter(new Locator.FilterOptions().setHasText(text));
  }

  /** form-js: the input of a form field by its component id. */
  Locator field(String componentId) {
    return page.locator(".fjs-form input[id$='-" + componentId + "']");
  }

  void screenshot(String name) {
    page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
  }

  /**
   * Types a text into a Camunda Form field and commits it (Tab). form-js takes a text field's value
   * on a short delay and may re-render the form meanwhile (after a date field was set), which puts
   * the field's old, empty value back: the text is typed again until the field keeps it.
   */
  protected void fillFormText(Locator field, String text) {
    for (int attempt = 1; ; attempt++) {
      field.fill(text);
      field.press("Tab");
      try {
        assertThat(field).hasValue(text, new LocatorAssertions.HasValueOptions().setTimeout(1500));
        return;
      } catch (AssertionError lost) {
        if (attempt == 3) {
          throw lost;
        }
      }
    }
  }
}
