package se.bofast.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.bofast.eviction.EvictionDeadlines;
import se.bofast.notify.DailyDigest;
import se.bofast.support.AppTest;
import se.bofast.support.TestHttp;

/**
 * "Mina aviseringar": lotta turns off the daily digest and turns on the urgent notices by
 * keyboard, and the next digest skips her; the enhetschef sees who receives nothing.
 */
@AppTest
class NotificationBrowserTest extends BrowserTestBase {

  static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

  @Autowired TaskService taskService;
  @Autowired JdbcTemplate jdbc;
  @Autowired DailyDigest digest;
  @Autowired EvictionDeadlines calendar;

  /**
   * Tasklist's first load in a fresh JVM on a loaded machine can take longer than the default
   * timeout when this class runs first; the tests' own steps keep the default.
   */
  @org.junit.jupiter.api.BeforeEach
  void tasklistLoaded() {
    page.navigate(url("/camunda/app/tasklist/default/"), new Page.NavigateOptions().setTimeout(90_000));
    page.locator("input[ng-model='username']").waitFor(new Locator.WaitForOptions().setTimeout(90_000));
  }

  @Test
  void lottaTurnsOffTheDigestAndTurnsOnUrgentNoticesAndTheNextDigestSkipsHer() {
    login("tasklist", "lotta");
    page.navigate(url("/personal/"));
    page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Mina aviseringar")).click();
    assertThat(page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setName("Mina aviseringar"))).isVisible();
    assertThat(page.locator("#address")).containsText("lotta@bofast.example");
    Locator digestBox = page.getByRole(AriaRole.CHECKBOX, new GetByRoleOptions().setName("Daglig sammanfattning"));
    Locator urgentBox = page.getByRole(AriaRole.CHECKBOX, new GetByRoleOptions().setName("Akuta ärenden direkt"));
    assertThat(digestBox).isChecked();
    assertThat(urgentBox).not().isChecked();

    digestBox.focus();
    page.keyboard().press("Space");
    page.keyboard().press("Tab");
    assertThat(urgentBox).isFocused();
    page.keyboard().press("Space");
    page.keyboard().press("Tab");
    assertThat(page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Spara mina val"))).isFocused();
    page.keyboard().press("Enter");
    Locator saved = page.locator("#settings .status");
    assertThat(saved).hasText("Dina val är sparade. Daglig sammanfattning: av. Akuta ärenden: på.");
    assertThat(saved).isFocused();
    screenshot("personal-aviseringar-lotta");
    page.reload();
    assertThat(digestBox).not().isChecked();
    assertThat(urgentBox).isChecked();

    // the next working day's digest: lotta's group has a task due that day, bosse's too
    LocalDate next = calendar.addWorkingDays(LocalDate.now(STOCKHOLM), 1);
    Task lottas = task("Förbered inflyttning", "boendelots", next);
    Task bosses = task("Kontakta hyresvärden", "bosamordnare", next);
    try {
      ClockUtil.setCurrentTime(Date.from(next.atTime(7, 30).atZone(STOCKHOLM).toInstant()));
      assertThat(digest.runIfDue()).isPositive();
      assertThat(jdbc.queryForList("SELECT recipient FROM notification_outbox WHERE kind = 'DIGEST' AND notice_day = ?",
          String.class, next)).contains("bosse").doesNotContain("lotta");
    } finally {
      ClockUtil.reset();
      taskService.deleteTask(lottas.getId(), true);
      taskService.deleteTask(bosses.getId(), true);
    }
  }

  @Test
  void theEnhetschefSeesWhoReceivesNothing() {
    TestHttp http = new TestHttp(port);
    assertThat(sara(http, "{\"digest\":false,\"urgent\":false}")).isEqualTo(200);
    try {
      login("tasklist", "eva");
      page.navigate(url("/personal/aviseringar.html"));
      assertThat(page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setName("Får inga meddelanden"))).isVisible();
      assertThat(page.locator("#nothing-list")).containsText("Sara Nyström (sara): har stängt av alla meddelanden");
      assertThat(page.locator("#all tbody tr").filter(new Locator.FilterOptions().setHasText("bosse@bofast.example")))
          .containsText("Ja");
      screenshot("personal-aviseringar-eva");
    } finally {
      sara(http, "{\"digest\":true,\"urgent\":false}");
    }
  }

  private int sara(TestHttp http, String json) {
    return http.send(http.at("/api/me/notification-settings").header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json)), "sara", "demo").status();
  }

  private Task task(String name, String group, LocalDate due) {
    Task task = taskService.newTask();
    task.setName(name);
    task.setDueDate(Date.from(due.atTime(12, 0).atZone(STOCKHOLM).toInstant()));
    taskService.saveTask(task);
    taskService.addCandidateGroup(task.getId(), group);
    return task;
  }
}
