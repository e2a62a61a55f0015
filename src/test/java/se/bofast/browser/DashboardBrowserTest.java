package se.bofast.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.bofast.client.Needs;
import se.bofast.eviction.CaseSteps;
import se.bofast.eviction.ContactChannel;
import se.bofast.eviction.Signal;
import se.bofast.eviction.SignalIntake;
import se.bofast.eviction.SignalSource;
import se.bofast.eviction.SignalType;
import se.bofast.housing.JourneyIntake;
import se.bofast.housing.Situation;
import se.bofast.support.AppTest;
import se.bofast.support.TestPersonnummer;

/** The enhetschef opens the figures dashboard from her Cockpit login and sees charts with data. */
@AppTest
class DashboardBrowserTest extends BrowserTestBase {

  @Autowired JourneyIntake journeys;
  @Autowired SignalIntake evictionSignals;
  @Autowired CaseSteps evictionSteps;

  @Test
  void evaSeesTheSteeringGroupsFiguresAsCharts() {
    // three people at the shelter since earlier months: shelter nights and clients per step
    for (int monthsAgo : new int[] {1, 2, 4}) {
      journeys.start(new JourneyIntake.StartCommand(JourneyIntake.ClientType.NEW_IDENTIFIED,
          TestPersonnummer.next(), "Dag", "Ström", null, Needs.ADDICTION, 0, Situation.HARBARGE,
          "Härbärget Skarpnäck", LocalDate.now().minusMonths(monthsAgo)), "kim");
    }
    // a landlord's signal about rent arrears today, and a letter sent the same day
    long caseId = evictionSignals.receive(new Signal("DASH-" + System.nanoTime(), SignalSource.LANDLORD,
        SignalType.RENT_ARREARS, TestPersonnummer.next(), "Hyresgäst Översikt", "Översiktsgatan 1", "11321",
        "Stockholm", null, null, 1, null, null, null, null), "intake").evictionCase().caseId();
    evictionSteps.recordContactAttempt(caseId, LocalDate.now(), ContactChannel.LETTER, false, null, null, "bosse");

    login("cockpit", "eva");
    page.navigate(url("/dashboard/"));
    assertThat(page.getByText("Vårdkedjan och vräkningsförebyggande arbete")).isVisible();
    assertThat(page.getByText("Inloggad som eva").first()).isVisible();
    Locator shelterCard = page.locator(".card").filter(new Locator.FilterOptions().setHasText("härbärgesnätter i år"));
    assertThat(shelterCard).isVisible();
    assertThat(shelterCard.locator(".value")).not().hasText("0");
    for (String card : new String[] {"vräkta hushåll med barn i år (målet är 0)",
        "dagar från signal till första kontakt i år (median / 90:e percentil)",
        "biståndsbeslut senast på återvinningsfristen i år"}) {
      assertThat(card(card)).isVisible();
    }
    assertThat(card("signaler om hotande vräkning i år").locator(".value")).not().hasText("0");
    assertThat(card("dagar från signal till första kontaktförsök i år (median / 90:e percentil)")
        .locator(".value")).hasText(Pattern.compile("^\\d+(,\\d)? / \\d+$"));
    for (String chart : new String[] {"shelterNights", "clientsByStep", "moves", "evictions", "signalsByType",
        "signalsBySource", "daysFromSignal", "sip"}) {
      assertThat(page.locator("canvas#" + chart)).isVisible();
    }
    assertThat(page.locator("#message")).isHidden();
    screenshot("dashboard-eva");
  }

  private Locator card(String label) {
    return page.locator(".card").filter(new Locator.FilterOptions().setHasText(label));
  }

  @Test
  void staffAreToldTheDashboardIsNotForThem() {
    login("tasklist", "lotta");
    page.navigate(url("/dashboard/"));
    assertThat(page.getByText("Översikten är till för enhetschefer och styrgruppen.")).isVisible();
  }
}
