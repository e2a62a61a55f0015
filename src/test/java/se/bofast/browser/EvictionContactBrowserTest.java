package se.bofast.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.time.LocalDate;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.bofast.eviction.EvictionConstants;
import se.bofast.support.AppTest;
import se.bofast.support.TestHttp;
import se.bofast.support.TestHttp.Response;
import se.bofast.support.TestPersonnummer;

/** Bosamordnaren Bosse's day: a signal arrives over REST, he contacts the tenant in Tasklist. */
@AppTest
class EvictionContactBrowserTest extends BrowserTestBase {

  @Autowired ManagementService management;
  @Autowired org.camunda.bpm.engine.RuntimeService runtime;
  @Autowired org.camunda.bpm.engine.IdentityService identity;
  @Autowired org.camunda.bpm.engine.FormService forms;
  @Autowired org.camunda.bpm.engine.TaskService tasks;
  @Autowired org.camunda.bpm.engine.RepositoryService repository;

  @Test
  void bosseFindsClaimsAndCompletesTheContactTaskAndTheNextTaskAppears() {
    Response signal = new TestHttp(port).postJson("/api/eviction-signals", "intake", "demo",
        "{\"externalReference\":\"BROWSER-1\",\"source\":\"LANDLORD\",\"type\":\"RENT_ARREARS\","
            + "\"tenant\":{\"personnummer\":\"" + TestPersonnummer.next() + "\",\"name\":\"Tove Ek\"},"
            + "\"address\":{\"street\":\"Ringvägen 12\",\"postalCode\":\"118 53\",\"city\":\"Stockholm\"},"
            + "\"landlord\":{\"name\":\"Familjebostäder\"},\"childrenInHousehold\":0,\"rentDebtSek\":18500}");
    assertThat(signal.status()).as(signal.body()).isEqualTo(201);
    String caseNumber = signal.json().get("caseNumber").asText();

    login("tasklist", "bosse");
    openFilter("Min grupps uppgifter");
    Locator task = taskInList("Kontakta hyresgästen", caseNumber);
    assertThat(task).isVisible();
    assertThat(task).containsText("Ärendenummer");
    assertThat(task).containsText("Tove E.");
    assertThat(task).containsText("Prioritet");
    assertThat(task).containsText("Hög");
    // the list is sorted by due date, earliest first, and says so
    assertThat(page.locator("[cam-sorting-choices] .sort-by").first()).hasText("Förfallodatum");
    assertThat(page.locator("[cam-sorting-choices] .sort-direction").first()).hasClass(
        java.util.regex.Pattern.compile("glyphicon-menu-up"));
    page.mouse().move(900, 600);
    screenshot("tasklist-bosse-min-grupps-uppgifter");

    task.locator("h4.task a").click();
    page.locator("button.claim").click();
    assertThat(page.locator(".fjs-form")).isVisible();
    assertThat(field("Field_3")).hasValue("Hög");
    page.getByLabel("Telefon").check();
    // no letter has been tried: phoning first needs a reason
    Locator reason = page.getByLabel("Varför väljer du den här kontaktvägen nu?");
    assertThat(reason).isVisible();
    reason.fill("Hyresvärden gav ett telefonnummer");
    Locator date = field("Field_6-date");
    date.fill(LocalDate.now(se.bofast.support.Staff.STOCKHOLM).toString());
    date.press("Escape");
    page.getByLabel("Vi fick kontakt med hyresgästen").check();
    field("Field_8").fill("0");
    screenshot("tasklist-bosse-kontaktformular");
    page.locator("button[ng-click='complete()']").click();
    assertThat(page.locator(".fjs-form")).hasCount(0);

    runJobs();
    page.reload();
    openFilter("Min grupps uppgifter");
    assertThat(taskInList("Kontakta hyresvärden", caseNumber)).isVisible();
    assertThat(taskInList("Kontakta hyresgästen", caseNumber)).hasCount(0);
    screenshot("tasklist-bosse-nasta-uppgift");
  }

  @Test
  void theSecondAttemptShowsTheNextChannelAndAsksForAReasonOnlyWhenOneIsSkipped() {
    Response signal = new TestHttp(port).postJson("/api/eviction-signals", "intake", "demo",
        "{\"externalReference\":\"BROWSER-2\",\"source\":\"LANDLORD\",\"type\":\"EARLY_WARNING\","
            + "\"tenant\":{\"personnummer\":\"" + TestPersonnummer.next() + "\",\"name\":\"Tove Ek\"},"
            + "\"address\":{\"street\":\"Ringvägen 14\",\"postalCode\":\"118 53\",\"city\":\"Stockholm\"},"
            + "\"landlord\":{\"name\":\"Familjebostäder\"},\"childrenInHousehold\":0}");
    assertThat(signal.status()).as(signal.body()).isEqualTo(201);
    String caseNumber = signal.json().get("caseNumber").asText();
    String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
    String today = LocalDate.now(se.bofast.support.Staff.STOCKHOLM).toString();
    new se.bofast.support.Staff(EvictionConstants.PROCESS_KEY, identity, forms, tasks, management, repository)
        .complete(pi, "Task_ContactTenant", "bosamordnare",
            java.util.Map.of("channel", "LETTER", "attemptDate", today, "reached", false));

    login("tasklist", "bosse");
    openFilter("Min grupps uppgifter");
    Locator task = taskInList("Kontakta hyresgästen", caseNumber);
    assertThat(task).containsText("Normal");
    task.locator("h4.task a").click();
    page.locator("button.claim").click();
    assertThat(page.locator(".fjs-form")).isVisible();
    assertThat(page.locator(".fjs-form-field").filter(new Locator.FilterOptions()
        .setHasText("Nästa kontaktväg i ordningen"))).containsText("Telefon");
    Locator reason = page.getByLabel("Varför väljer du den här kontaktvägen nu?");
    page.getByLabel("Hembesök").check();
    assertThat(reason).isVisible();
    screenshot("tasklist-bosse-andra-kontaktforsoket");
    page.getByLabel("Telefon").check();
    assertThat(reason).hasCount(0);
    Locator date = field("Field_6-date");
    date.fill(today);
    date.press("Escape");
    page.locator("button[ng-click='complete()']").click();
    assertThat(page.locator(".fjs-form")).hasCount(0);
  }

  /** What the job executor does in production: the engine's async continuations. */
  private void runJobs() {
    for (int round = 0; round < 10; round++) {
      var due = management.createJobQuery().executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
  }
}
