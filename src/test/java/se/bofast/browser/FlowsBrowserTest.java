package se.bofast.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.bofast.client.Needs;
import se.bofast.housing.JourneyIntake;
import se.bofast.housing.JourneyPlacements;
import se.bofast.housing.Situation;
import se.bofast.housing.Step;
import se.bofast.support.AppTest;

/** The enhetschef sees the current tertial's flows between the chain's steps and opens a figure's definition. */
@AppTest
class FlowsBrowserTest extends BrowserTestBase {

  static final String[] TERTIALS = {"januari–april", "maj–augusti", "september–december"};

  @Autowired JourneyIntake journeys;
  @Autowired JourneyPlacements placements;

  @Test
  void evaSeesTheTertialFlowsAndOpensTheDefinitionOfAFigure() {
    // a client at the shelter since the tertial began who moves on to treatment today
    LocalDate today = LocalDate.now();
    int tertial = (today.getMonthValue() - 1) / 4 + 1;
    LocalDate tertialStart = LocalDate.of(today.getYear(), 4 * (tertial - 1) + 1, 1);
    var journey = journeys.start(new JourneyIntake.StartCommand(JourneyIntake.ClientType.UNIDENTIFIED, null, null,
        null, "Flöde", Needs.ADDICTION, null, Situation.HARBARGE, "Härbärget", tertialStart), "kim");
    placements.startPlacement(journey.journeyId(), Step.BEHANDLING, "Behandlingshemmet", null, today, "sara");

    login("cockpit", "eva");
    page.navigate(url("/dashboard/"));
    Locator flows = page.locator("#floden");
    assertThat(flows.getByRole(com.microsoft.playwright.options.AriaRole.HEADING,
        new Locator.GetByRoleOptions().setName("Flöden i vårdkedjan per tertial"))).isVisible();
    assertThat(page.locator("#flowTertial")).hasValue(today.getYear() + "-" + tertial);
    assertThat(page.locator("#flowMeta")).containsText("Tertial " + TERTIALS[tertial - 1] + " " + today.getYear()
        + " jämfört med");
    // the stacked bar of the shelter: a segment for those who went on to treatment
    Locator moved = flows.locator("rect.flow-segment[data-from='HARBARGE'][data-to='BEHANDLING']");
    assertThat(moved).isVisible();
    assertThat(moved.locator("title")).hasText(Pattern.compile("^Härbärge → Behandling: [1-9]\\d*$"));
    Locator treatment = page.locator("#flowMatrix tbody tr").filter(new Locator.FilterOptions().setHasText("Behandling"));
    assertThat(treatment.locator("td").nth(1)).hasText(Pattern.compile("^[1-9]\\d*$")); // Kom in
    assertThat(page.locator("#flowStays rect.stay-median[data-step='HARBARGE']")).isVisible();
    assertThat(page.locator("#flowCost tbody tr").filter(new Locator.FilterOptions().setHasText("Alla steg")))
        .isVisible();
    assertThat(page.locator("#flowGaps figcaption")).containsText("Glapp i kedjan");
    assertThat(page.locator("#message")).isHidden();
    flows.scrollIntoViewIfNeeded();
    screenshot("dashboard-floden-eva");

    page.locator("#flowMatrix a.definition").click();
    page.waitForURL(Pattern.compile(".*/dashboard/definitioner#.+"));
    Locator definition = page.locator("[id='flödesmatris--in-kvar-och-vidare-till-nästa-steg']");
    assertThat(definition).hasText("Flödesmatris — in, kvar och vidare till nästa steg");
    assertThat(definition).isInViewport();
    assertThat(page.getByText("För varje steg gäller")).isVisible();
    screenshot("dashboard-definitioner-eva");
  }
}
