package se.bofast.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.bofast.support.AppTest;
import se.bofast.support.TestHttp;
import se.bofast.support.TestHttp.Response;
import se.bofast.support.TestPersonnummer;

/** Nobody sees another group's tasks: Bosse's contact task is in his list, not in Lotta's. */
@AppTest
class GroupIsolationBrowserTest extends BrowserTestBase {

  @Test
  void lottaDoesNotSeeBossesTask() {
    Response signal = new TestHttp(port).postJson("/api/eviction-signals", "intake", "demo",
        "{\"externalReference\":\"BROWSER-ISOLATION\",\"source\":\"LANDLORD\",\"type\":\"RENT_ARREARS\","
            + "\"tenant\":{\"personnummer\":\"" + TestPersonnummer.next() + "\",\"name\":\"Eli Sund\"},"
            + "\"address\":{\"street\":\"Götgatan 5\",\"postalCode\":\"116 46\",\"city\":\"Stockholm\"},"
            + "\"childrenInHousehold\":0}");
    assertThat(signal.status()).as(signal.body()).isEqualTo(201);
    String caseNumber = signal.json().get("caseNumber").asText();

    login("tasklist", "bosse");
    openFilter("Min grupps uppgifter");
    assertThat(taskInList("Kontakta hyresgästen", caseNumber)).isVisible();
    context.clearCookies();

    login("tasklist", "lotta");
    openFilter("Min grupps uppgifter");
    assertThat(page.locator(".task-filter.active")).containsText("Min grupps uppgifter");
    assertThat(page.locator("body")).not().containsText(caseNumber);
    assertThat(page.locator("body")).not().containsText("Kontakta hyresgästen");
    page.mouse().move(900, 600);
    screenshot("tasklist-lotta-inga-andras-uppgifter");
  }
}
