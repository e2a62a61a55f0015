package se.bofast.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.bofast.support.AppTest;
import se.bofast.support.Staff;
import se.bofast.support.TestHttp;
import se.bofast.support.TestHttp.Response;
import se.bofast.support.TestPersonnummer;

/** The enhetschef follows the work in Cockpit; staff cannot open it and see only their group's tasks. */
@AppTest
class CockpitBrowserTest extends BrowserTestBase {

  @Autowired ProcessEngine engine;

  @Test
  void evaSeesTheProcessesTheirDiagramsAndRunningInstances() {
    Response signal = new TestHttp(port).postJson("/api/eviction-signals", "intake", "demo",
        "{\"externalReference\":\"BROWSER-COCKPIT\",\"source\":\"LANDLORD\",\"type\":\"DISTURBANCE\","
            + "\"tenant\":{\"personnummer\":\"" + TestPersonnummer.next() + "\",\"name\":\"Ali Berg\"},"
            + "\"address\":{\"street\":\"Hornsgatan 3\",\"postalCode\":\"118 20\",\"city\":\"Stockholm\"},"
            + "\"childrenInHousehold\":0}");
    assertThat(signal.status()).as(signal.body()).isIn(200, 201);

    new Staff(engine).start("client-journey", "case-manager", Map.of("clientType", "UNIDENTIFIED",
        "alias", "Korpen", "needs", "BOTH", "situation", "STREET"));

    login("cockpit", "eva");
    assertThat(page.getByText("Pågående processinstanser").first()).isVisible();
    screenshot("cockpit-eva-oversikt");

    page.navigate(url("/camunda/app/cockpit/default/#/processes"));
    Locator eviction = page.locator("a").filter(new Locator.FilterOptions().setHasText("Vräkningsförebyggande ärende"));
    assertThat(eviction.first()).isVisible();
    assertThat(page.locator("a").filter(new Locator.FilterOptions()
        .setHasText("Vårdkedja – lotsning till eget boende")).first()).isVisible();
    assertThat(page.getByText("Processer").first()).isVisible();
    screenshot("cockpit-eva-processer");

    eviction.first().click();
    assertThat(page.locator(".djs-container svg").first()).isVisible();
    assertThat(page.locator(".djs-element[data-element-id='Task_ContactTenant']").first()).isVisible();
    // the running instances: at least the one of this test's signal, listed under the diagram
    assertThat(page.locator("table tbody tr").first()).isVisible();
    assertThat(page.getByText("Läser in")).hasCount(0);
    screenshot("cockpit-eva-processdiagram");
  }

  @Test
  void lottaCannotOpenCockpit() {
    page.navigate(url("/camunda/app/cockpit/default/"));
    submitLogin("lotta");
    assertThat(page.getByText("Inloggningen misslyckades").first()).isVisible();
    assertThat(page.locator("input[ng-model='username']")).isVisible();
    screenshot("cockpit-lotta-nekad");
  }
}
