package se.bofast.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.time.LocalDate;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.bofast.eviction.CaseView;
import se.bofast.eviction.CaseViews;
import se.bofast.support.AppTest;
import se.bofast.support.Staff;
import se.bofast.support.TestHttp;
import se.bofast.support.TestHttp.Response;
import se.bofast.support.TestPersonnummer;

/**
 * A family with two children that nobody reaches (issue 12), as the staff meet it in Tasklist:
 * the UV-team's task is there from the first hour; bosse writes, phones and visits without an
 * answer, and after the third attempt lets the case go on to the landlord; sara records the
 * UV-team's joint decision, which is kept on the case.
 */
@AppTest
class EvictionUnreachableBrowserTest extends BrowserTestBase {

  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired CaseViews cases;

  @Test
  void bosseTriesThreeTimesAndGoesOnWithoutContactAndSaraRecordsTheUvTeamsDecision() {
    Response signal = new TestHttp(port).postJson("/api/eviction-signals", "intake", "demo",
        "{\"externalReference\":\"BROWSER-UNREACHED\",\"source\":\"LANDLORD\",\"type\":\"RENT_ARREARS\","
            + "\"tenant\":{\"personnummer\":\"" + TestPersonnummer.next() + "\",\"name\":\"Mira Lind\"},"
            + "\"address\":{\"street\":\"Ringvägen 40 lgh 1201\",\"postalCode\":\"118 60\",\"city\":\"Stockholm\"},"
            + "\"landlord\":{\"name\":\"Familjebostäder\"},\"childrenInHousehold\":2,\"rentDebtSek\":24300}");
    assertThat(signal.status()).as(signal.body()).isEqualTo(201);
    String caseNumber = signal.json().get("caseNumber").asText();
    long caseId = signal.json().get("caseId").asLong();
    String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
    String today = LocalDate.now(Staff.STOCKHOLM).toString();
    runJobs(pi);

    login("tasklist", "bosse");
    openFilter("Min grupps uppgifter");
    // children first: the home visit is there at once, next to the first contact attempt
    assertThat(taskInList("Hembesök hos familjen", caseNumber)).isVisible();
    attemptWithoutAnswer(caseNumber, "Brev", today);
    attemptWithoutAnswer(caseNumber, "Telefon", today);
    attemptWithoutAnswer(caseNumber, "Hembesök", today);

    Locator goOn = taskInList("Fortsätt utan kontakt", caseNumber);
    assertThat(goOn).isVisible();
    assertThat(goOn).containsText("Akut");
    goOn.locator("h4.task a").click();
    page.locator("button.claim").click();
    assertThat(page.locator(".fjs-form")).isVisible();
    page.getByLabel("Ärendet går vidare utan kontakt med hyresgästen").check();
    screenshot("tasklist-bosse-fortsatt-utan-kontakt");
    page.locator("button[ng-click='complete()']").click();
    assertThat(page.locator(".fjs-form")).hasCount(0);
    runJobs(pi);
    reopenTasklist();
    assertThat(taskInList("Kontakta hyresvärden", caseNumber)).isVisible();
    assertThat(taskInList("Fortsätt utan kontakt", caseNumber)).hasCount(0);
    context.clearCookies();

    login("tasklist", "sara");
    openFilter("Min grupps uppgifter");
    assertThat(taskInList("Besluta om ekonomiskt bistånd för hyresskulden", caseNumber)).isVisible();
    Locator uvTeam = taskInList("Samråd UV-team", caseNumber);
    assertThat(uvTeam).isVisible();
    uvTeam.locator("h4.task a").click();
    page.locator("button.claim").click();
    assertThat(page.locator(".fjs-form")).isVisible();
    date("Field_5", today);
    page.getByLabel("UV-teamet har fattat ett gemensamt beslut").check();
    page.getByLabel("Gemensamma åtgärder").fill("Hyresskulden betalas via bistånd; familjebehandlare kontaktar skolan.");
    page.getByLabel("Ansvarig enhet eller roll").fill("Barn och familj");
    String actBy = LocalDate.now(Staff.STOCKHOLM).plusDays(7).toString();
    date("Field_9", actBy);
    fillFormText(page.locator("textarea[id$='-Field_Journal']"),
        "Samråd med Barn och familj: hyresskulden hotar barnens boende.");
    screenshot("tasklist-sara-uv-team-beslut");
    page.locator("button[ng-click='complete()']").click();
    assertThat(page.locator(".fjs-form")).hasCount(0);

    CaseView stored = cases.get(caseId);
    assertThat(stored.continuedWithoutContactOn()).isEqualTo(LocalDate.parse(today));
    assertThat(stored.uvTeamDecision()).isNotNull();
    assertThat(stored.uvTeamDecision().decidedOn()).isEqualTo(LocalDate.parse(today));
    assertThat(stored.uvTeamDecision().responsible()).isEqualTo("Barn och familj");
    assertThat(stored.uvTeamDecision().measures()).startsWith("Hyresskulden betalas via bistånd");
    assertThat(stored.uvTeamDecision().actBy()).isEqualTo(LocalDate.parse(actBy));
  }

  /** One attempt by the given channel that reaches nobody; the next attempt's task follows. */
  private void attemptWithoutAnswer(String caseNumber, String channel, String today) {
    Locator task = taskInList("Kontakta hyresgästen", caseNumber);
    assertThat(task).isVisible();
    assertThat(task).containsText("Akut");
    task.locator("h4.task a").click();
    page.locator("button.claim").click();
    assertThat(page.locator(".fjs-form")).isVisible();
    page.getByLabel(channel, new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).check();
    // in order, so no reason is asked for
    assertThat(page.getByLabel("Varför väljer du den här kontaktvägen nu?")).hasCount(0);
    date("Field_6", today);
    field("Field_8").fill("2");
    page.locator("button[ng-click='complete()']").click();
    assertThat(page.locator(".fjs-form")).hasCount(0);
    reopenTasklist();
  }

  /** Tasklist afresh, on the group's filter (what a user sees after a while). */
  private void reopenTasklist() {
    page.navigate(url("/camunda/app/tasklist/default/"));
    openFilter("Min grupps uppgifter");
  }

  private void date(String componentId, String isoDate) {
    Locator date = field(componentId + "-date");
    date.fill(isoDate);
    date.press("Escape");
  }

  /** What the job executor does in production, for this case only. */
  private void runJobs(String pi) {
    for (int round = 0; round < 10; round++) {
      var due = management.createJobQuery().processInstanceId(pi).executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
  }
}
