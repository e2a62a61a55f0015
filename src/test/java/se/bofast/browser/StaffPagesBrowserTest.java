package se.bofast.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.bofast.eviction.CaseView;
import se.bofast.eviction.Signal;
import se.bofast.eviction.SignalIntake;
import se.bofast.eviction.SignalSource;
import se.bofast.eviction.SignalType;
import se.bofast.support.AppTest;
import se.bofast.support.TestPersonnummer;

/**
 * The staff pages (/personal/), opened from Tasklist's header under the Tasklist login: the
 * bosamordnare registers a landlord and adds an apartment without leaving the browser, and
 * opens an open eviction case; a case manager is told the partner register is not hers.
 */
@AppTest
class StaffPagesBrowserTest extends BrowserTestBase {

  @Autowired SignalIntake evictionSignals;

  @Test
  void bosseRegistersALandlordWithANeedAndAddsAnApartment() {
    String landlord = "Hyresbolaget Sjöstaden " + ThreadLocalRandom.current().nextInt(1000, 9999);
    String organisationNumber = organisationNumber();
    login("tasklist", "bosse");
    screenshot("personal-tasklist-lank");
    page.getByRole(AriaRole.LINK, link("Personalens sidor")).click(); // in Tasklist's header
    assertThat(page.getByRole(AriaRole.HEADING, heading("Bofast – personalens sidor"))).isVisible();
    assertThat(page.getByText("Inloggad som Bo Sandberg (bosse)")).isVisible();
    screenshot("personal-start-bosse");
    page.getByRole(AriaRole.LINK, link("Samarbetspartner")).click();

    // a wrong check digit is refused next to the field, in Swedish
    page.getByLabel("Slag av partner").selectOption("LANDLORD");
    page.locator("#name").fill(landlord);
    page.getByLabel("Organisationsnummer").fill(organisationNumber.substring(0, 10) + wrongDigit(organisationNumber));
    page.getByRole(AriaRole.BUTTON, button("Registrera partnern")).click();
    assertThat(page.locator("#organisationNumber-fel"))
        .hasText("Ogiltigt organisationsnummer: kontrollsiffran stämmer inte.");
    assertThat(page.getByLabel("Organisationsnummer")).hasAttribute("aria-invalid", "true");
    assertThat(page.getByLabel("Organisationsnummer")).isFocused();

    page.getByLabel("Organisationsnummer").fill(organisationNumber);
    page.getByRole(AriaRole.BUTTON, button("Registrera partnern")).click();
    assertThat(page.locator("#partner-form .status.ok")).hasText("Partnern " + landlord
        + " (Hyresvärd, organisationsnummer " + organisationNumber + ") är registrerad.");
    assertThat(page.locator("#organisationNumber-fel")).isEmpty();
    Locator row = page.locator("#partners tbody tr").filter(new Locator.FilterOptions().setHasText(landlord));
    assertThat(row).containsText("Hyresvärd");
    assertThat(row).containsText("Var tredje månad");

    // the landlord's apartment need: two training apartments
    page.getByRole(AriaRole.BUTTON, button("Öppna " + landlord)).click();
    assertThat(page.getByRole(AriaRole.HEADING, heading(landlord))).isFocused();
    page.getByLabel("Lägenhetstyp").selectOption("TRANINGSLAGENHET");
    page.getByLabel("Antal lägenheter").fill("2");
    page.getByRole(AriaRole.BUTTON, button("Registrera behovet")).click();
    assertThat(page.locator("#need-form .status.ok")).hasText("Behovet av 2 träningslägenheter är registrerat.");
    assertThat(page.locator("#needs tbody tr")).hasCount(1);
    assertThat(page.locator("#needs tbody tr")).containsText("Förhandlas");
    screenshot("personal-partner-bosse");

    // the apartment, from the stock page
    page.getByRole(AriaRole.LINK, link("Personalens sidor")).click();
    page.getByRole(AriaRole.LINK, link("Lägenhetsbeståndet")).click();
    page.getByLabel("Gatuadress").fill("Hammarby allé 12");
    page.getByLabel("Postnummer").fill("1206");
    page.getByLabel("Ort").fill("Stockholm");
    page.getByLabel("Hyresvärd").fill(landlord);
    page.getByLabel("Typ").selectOption("TRANINGSLAGENHET");
    page.getByRole(AriaRole.BUTTON, button("Lägg till lägenheten")).click();
    assertThat(page.locator("#postalCode-fel")).not().isEmpty();
    assertThat(page.getByLabel("Postnummer")).isFocused();
    page.getByLabel("Postnummer").fill("12063");
    page.getByLabel("Typ").selectOption("TRANINGSLAGENHET");
    page.getByRole(AriaRole.BUTTON, button("Lägg till lägenheten")).click();
    assertThat(page.locator("#apartment-form .status.ok")).hasText("Träningslägenheten på Hammarby allé 12, 12063 "
        + "Stockholm (hyresvärd " + landlord + ") är tillagd i beståndet.");
    Locator apartment = page.locator("#apartments tbody tr").filter(new Locator.FilterOptions().setHasText(landlord));
    assertThat(apartment).containsText("Hammarby allé 12");
    assertThat(apartment).containsText("Ledig");
    screenshot("personal-lagenhet-bosse");

    // both are listed after a reload too; the cooperation ends only when confirmed
    page.navigate(url("/personal/partners.html"));
    Locator listed = page.locator("#partners tbody tr").filter(new Locator.FilterOptions().setHasText(landlord));
    assertThat(listed).hasCount(1);
    page.getByRole(AriaRole.BUTTON, button("Öppna " + landlord)).click();
    page.getByRole(AriaRole.BUTTON, button("Avsluta samarbetet")).click();
    assertThat(page.locator("#confirm-deactivation-fel")).hasText("Kryssa i rutan för att bekräfta.");
    assertThat(listed).containsText("Pågår");
    page.getByLabel("Ja, avsluta samarbetet med partnern").check();
    page.getByRole(AriaRole.BUTTON, button("Avsluta samarbetet")).click();
    assertThat(page.locator("#deactivation-form .status.ok")).hasText("Samarbetet med " + landlord + " är avslutat.");
    assertThat(listed).containsText("Avslutat");
    assertThat(page.locator("#needs tbody tr")).containsText("Avbrutet");
  }

  @Test
  void bosseListsTheOpenEvictionCasesAndOpensOne() {
    CaseView opened = evictionSignals.receive(new Signal("PERS-" + System.nanoTime(), SignalSource.LANDLORD,
        SignalType.RENT_ARREARS, TestPersonnummer.next(), "Hyresgäst Personalsida", "Personalgatan 3", "11630",
        "Stockholm", "Stockholmshem", null, 2, new BigDecimal("18500"), null, null, null), "intake").evictionCase();
    page.setViewportSize(820, 1180); // a tablet, upright
    login("tasklist", "bosse");
    page.navigate(url("/personal/"));
    page.getByRole(AriaRole.LINK, link("Vräkningsärenden")).click();
    Locator open = page.getByRole(AriaRole.BUTTON, button("Öppna ärende " + opened.caseNumber()));
    assertThat(open).isVisible();
    open.focus();
    page.keyboard().press("Enter");
    assertThat(page.getByRole(AriaRole.HEADING, heading("Ärende " + opened.caseNumber()))).isFocused();
    Locator facts = page.locator("#case-facts");
    assertThat(facts).containsText("Personalgatan 3, 11630, Stockholm");
    assertThat(facts).containsText("Stockholmshem");
    assertThat(page.locator("#case-tenants")).containsText("Hyresgäst Personalsida (hyresgäst)");
    assertThat(page.locator("#case-signals tbody tr")).containsText("Hyresskuld");
    screenshot("personal-vrakningsarende-bosse");
    assertThat(page.url()).doesNotContain("Personal").doesNotContain(opened.caseNumber());
  }

  @Test
  void kimIsToldThePartnerRegisterIsNotHers() {
    login("tasklist", "kim");
    page.navigate(url("/personal/"));
    assertThat(page.getByRole(AriaRole.LINK, link("Rapportera återfall eller uppsägning"))).isVisible();
    assertThat(page.getByRole(AriaRole.LINK, link("Samarbetspartner"))).hasCount(0);
    page.navigate(url("/personal/partners.html"));
    assertThat(page.locator("#page-status")).hasText(
        "Du har inte behörighet till partnerregistret. Din roll ger inte tillgång till detta.");
    assertThat(page.getByRole(AriaRole.BUTTON, button("Registrera partnern"))).hasCount(0);
    page.navigate(url("/personal/lagenheter.html"));
    assertThat(page.locator("#apartments")).isVisible();
    assertThat(page.getByRole(AriaRole.BUTTON, button("Lägg till lägenheten"))).hasCount(0);
  }

  @Test
  void withoutALoginThePageSaysWhereToLogIn() {
    page.navigate(url("/personal/avbrott.html"));
    assertThat(page.locator("#page-status")).containsText("Du är inte inloggad.");
    assertThat(page.getByRole(AriaRole.LINK, link("Logga in i Tasklist"))).isVisible();
    assertThat(page.getByRole(AriaRole.BUTTON, button("Registrera avbrottet"))).hasCount(0);
  }

  /** A valid organisationsnummer (Luhn), 556x-series, different in each run. */
  private static String organisationNumber() {
    String nine = "5569" + ThreadLocalRandom.current().nextInt(10000, 99999);
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      int d = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += d > 9 ? d - 9 : d;
    }
    int check = (10 - sum % 10) % 10;
    return nine.substring(0, 6) + "-" + nine.substring(6) + check;
  }

  private static char wrongDigit(String number) {
    return (char) ('0' + ((number.charAt(10) - '0' + 1) % 10));
  }

  static GetByRoleOptions heading(String name) {
    return new GetByRoleOptions().setName(name).setExact(true);
  }

  static GetByRoleOptions link(String name) {
    return new GetByRoleOptions().setName(name).setExact(true);
  }

  static GetByRoleOptions button(String name) {
    return new GetByRoleOptions().setName(name).setExact(true);
  }
}
