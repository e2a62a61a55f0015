package se.bofast.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.bofast.client.ClientService;
import se.bofast.client.Needs;
import se.bofast.support.AppTest;

/**
 * The work plan page (/personal/arbetsplan.html?klient={id}, linked from the client's page):
 * lotta writes a client's first plan with the keyboard-reachable controls, a missing goal is
 * refused next to its field with the focus on it, and the enhetschef reads the plan only.
 */
@AppTest
class WorkPlanBrowserTest extends BrowserTestBase {

  @Autowired ClientService clients;
  @Autowired se.bofast.client.ClientTeam team;

  @Test
  void lottaWritesAPlanAndEvaReadsIt() {
    long client = clients.registerUnidentified("Arbetsplan i webbläsaren", Needs.BOTH, "kim").id();
    // the client's file is open to the team (ClientAccess): lotta is its boendelots
    team.assign(client, se.bofast.client.TeamRole.BOENDELOTS, "lotta", "eva");
    String followUp = LocalDate.now().plusDays(21).toString();
    login("tasklist", "lotta");
    page.navigate(url("/personal/arbetsplan.html?klient=" + client));
    assertThat(page.getByRole(AriaRole.HEADING, StaffPagesBrowserTest.heading("Arbetsplan för klient " + client)))
        .isVisible();
    assertThat(page.locator("#plan-state")).hasText("Ingen arbetsplan ännu. Fyll i planen och spara den.");
    assertThat(page.getByRole(AriaRole.GROUP, new com.microsoft.playwright.Page.GetByRoleOptions()
        .setName("Hyran är viktigast"))).isVisible();

    page.locator("#goal-RENT").fill("Hyran betalas i tid varje månad");
    page.locator("#goal-TENANCY_LAW").fill("Känner till ordningsreglerna");
    page.locator("#goal-TREATMENT").fill("Fortsatt kontakt med beroendevården");
    page.getByRole(AriaRole.BUTTON, StaffPagesBrowserTest.button("Lägg till åtgärd – Hyran är viktigast")).click();
    Locator what = page.getByLabel("Vad ska göras").first();
    assertThat(what).isFocused();
    what.fill("Autogiro för hyran");
    page.getByLabel("Vem gör det").first().selectOption(new SelectOption().setLabel("Lotta Bergström"));
    page.getByLabel("Socialsekreterare som kontaktas").selectOption("sara");
    page.getByLabel("Så här går kontakten till").fill("Lotta ringer Sara samma dag som hyran inte är betald.");
    page.getByLabel("Uppföljningsdatum").fill(followUp);
    screenshot("personal-arbetsplan-lotta");

    // the fourth goal is missing: said next to it, with the focus there, and nothing is saved
    page.getByRole(AriaRole.BUTTON, StaffPagesBrowserTest.button("Spara arbetsplanen")).click();
    assertThat(page.locator("#goal-NEIGHBOUR-fel")).hasText("Skriv målet för ”Jag ska kunna ha klienten som granne”.");
    assertThat(page.locator("#goal-NEIGHBOUR")).isFocused();
    assertThat(page.locator("#goal-NEIGHBOUR")).hasAttribute("aria-invalid", "true");

    page.locator("#goal-NEIGHBOUR").fill("Inga klagomål från grannarna");
    page.getByRole(AriaRole.BUTTON, StaffPagesBrowserTest.button("Spara arbetsplanen")).click();
    assertThat(page.locator("#plan .status.ok")).hasText("Arbetsplanen är sparad (version 1). Uppföljning " + followUp + ".");
    assertThat(page.locator("#history tr").first()).containsText("Arbetsplanen upprättad");
    assertThat(page.locator("#history tr").first()).containsText("Lotta Bergström");
    assertThat(page.getByLabel("Vem gör det").first()).hasValue("STAFF:lotta");

    context.clearCookies();
    login("tasklist", "eva");
    page.navigate(url("/personal/arbetsplan.html?klient=" + client));
    assertThat(page.locator("#goal-RENT")).hasValue("Hyran betalas i tid varje månad");
    assertThat(page.locator("#goal-RENT")).isDisabled();
    assertThat(page.getByRole(AriaRole.BUTTON, StaffPagesBrowserTest.button("Spara arbetsplanen"))).isHidden();
    screenshot("personal-arbetsplan-eva");
  }
}
