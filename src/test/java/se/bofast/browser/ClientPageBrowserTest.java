package se.bofast.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static se.bofast.browser.StaffPagesBrowserTest.button;
import static se.bofast.browser.StaffPagesBrowserTest.heading;
import static se.bofast.browser.StaffPagesBrowserTest.link;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.bofast.client.ClientTeam;
import se.bofast.client.TeamRole;
import se.bofast.support.AppTest;
import se.bofast.support.Staff;
import se.bofast.support.TestPersonnummer;

/**
 * The client page: kim opens his client's task in Tasklist, goes to the client's page from the
 * task's "Klient" tab, reads the chain's timeline and writes a signed journal entry; lotta finds
 * her clients in "Mina klienter"; a socialsekreterare outside the client's team and roles is
 * refused. Keyboard (skip link, labels) and a tablet's width are checked on the way.
 */
@AppTest
class ClientPageBrowserTest extends BrowserTestBase {

  /**
   * The handbook's pictures (docs/handbok.md), at a 1280-pixel laptop's size: written to
   * docs/screenshots/ when asked ({@code BOFAST_HANDBOOK_SCREENSHOTS=1} or
   * {@code -Dbofast.handbook-screenshots=true}), so that an ordinary test run leaves the
   * checked-in pictures alone; always to target/screenshots/.
   */
  static final Path HANDBOOK = Path.of("docs", "screenshots");
  static final boolean UPDATE_HANDBOOK = Boolean.getBoolean("bofast.handbook-screenshots")
      || "1".equals(System.getenv("BOFAST_HANDBOOK_SCREENSHOTS"));

  @Autowired ProcessEngine engine;
  @Autowired ClientTeam team;

  record Client(long id, String caseNumber, String displayName) {
  }

  /** kim takes on a person at the shelter: a HARBARGE placement, the outreach task is kim's. */
  private Client clientAtTheShelter(String firstName) {
    String lastName = "Test" + (char) ('A' + ThreadLocalRandom.current().nextInt(26));
    Staff staff = new Staff(engine);
    ProcessInstance pi = staff.start("client-journey", "case-manager", Map.of("clientType", "NEW_IDENTIFIED",
        "personalNumber", TestPersonnummer.next(), "firstName", firstName, "lastName", lastName, "needs", "BOTH",
        "childrenInHousehold", 1, "situation", "HARBARGE", "shelterName", "Härbärget Skarpnäck"));
    staff.runDueJobs(pi);
    var runtime = engine.getRuntimeService();
    return new Client(((Number) runtime.getVariable(pi.getId(), "clientId")).longValue(),
        (String) runtime.getVariable(pi.getId(), "caseNumber"), firstName + " " + lastName.charAt(0) + ".");
  }

  private void handbook(String name) {
    screenshot("handbok-" + name);
    if (UPDATE_HANDBOOK) {
      page.screenshot(new Page.ScreenshotOptions().setPath(HANDBOOK.resolve(name + ".png")));
    }
  }

  @Test
  void kimGoesFromHisTaskToTheClientsPageReadsTheTimelineAndWritesTheJournal() {
    Client client = clientAtTheShelter("Ruben");
    page.setViewportSize(1280, 800);
    login("tasklist", "kim");
    openFilter("Mina uppgifter");
    Locator task = taskInList("Uppsökande kontakt", client.caseNumber());
    assertThat(task).isVisible();
    task.locator("h4.task a").click();
    page.locator(".nav-tabs a").filter(new Locator.FilterOptions().setHasText(Pattern.compile("^\\s*Klient\\s*$")))
        .click();
    assertThat(page.locator(".bofast-client-tab h3")).hasText(client.displayName());
    screenshot("tasklist-kim-klientflik");
    handbook("tasklist-klientflik");
    page.getByRole(AriaRole.LINK, link("Öppna klientens sida")).click();

    assertThat(page.getByRole(AriaRole.HEADING, heading(client.displayName()))).isVisible();
    assertThat(page.locator("#current-step")).hasText("Nu: Härbärge sedan " + LocalDate.now(Staff.STOCKHOLM)
        + " (" + client.caseNumber() + ").");
    Locator timeline = page.locator("ol.timeline").first();
    assertThat(timeline).hasAttribute("aria-label", "Placeringar i " + client.caseNumber() + ", äldst först");
    assertThat(timeline.locator("li.step.now")).containsText("Härbärge – Härbärget Skarpnäck");
    assertThat(timeline.locator("li.step.now")).containsText("pågår");
    assertThat(page.locator("#team tbody tr").first()).containsText("Kim Lindqvist (kim)");
    Locator taskRow = page.locator("#tasks tbody tr").filter(new Locator.FilterOptions().setHasText("Uppsökande kontakt"));
    assertThat(taskRow).containsText(client.caseNumber());
    assertThat(taskRow).containsText("Kim Lindqvist");
    assertThat(page.locator("#work-plan")).containsText("Ingen arbetsplan ännu");
    assertThat(page.locator("#journal-empty")).isVisible();
    handbook("klient-sida");

    // a missing text is refused next to the field, which gets the focus
    page.getByLabel("Typ av anteckning").selectOption("VISIT");
    page.getByLabel("Händelsedatum").fill(LocalDate.now(Staff.STOCKHOLM).toString());
    page.getByRole(AriaRole.BUTTON, button("Spara anteckningen")).click();
    assertThat(page.locator("#text-fel")).not().isEmpty();
    assertThat(page.getByLabel("Text", new Page.GetByLabelOptions().setExact(true))).isFocused();

    page.getByLabel("Text", new Page.GetByLabelOptions().setExact(true))
        .fill("Besök på härbärget. Ruben vill flytta till träningslägenhet.");
    page.getByLabel("Signera anteckningen nu").check();
    page.getByRole(AriaRole.BUTTON, button("Spara anteckningen")).click();
    assertThat(page.locator("#journal-form .status.ok")).hasText("Anteckningen är sparad och signerad.");
    Locator entry = page.locator("#journal li.entry").first();
    assertThat(entry).containsText("Besök");
    assertThat(entry).containsText("Ruben vill flytta till träningslägenhet.");
    assertThat(entry).containsText("av Kim Lindqvist. Signerad");
    screenshot("klient-kim");
    page.locator("#journal-rubrik").scrollIntoViewIfNeeded();
    handbook("klient-journal");

    // keyboard: the first Tab reaches the skip link, which moves the focus to the content
    page.reload();
    assertThat(page.locator("#file")).isVisible();
    page.keyboard().press("Tab");
    assertThat(page.locator("a.skip")).isFocused();
    page.keyboard().press("Enter");
    assertThat(page.locator("main")).isFocused();

    // a tablet: nothing wider than the screen, the timeline and the form still there
    page.setViewportSize(768, 1024);
    assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(768);
    assertThat(page.locator("ol.timeline").first()).isVisible();
    assertThat(page.getByRole(AriaRole.BUTTON, button("Spara anteckningen"))).isVisible();
    screenshot("klient-kim-surfplatta");
  }

  @Test
  void lottaSeesHerClientsInMinaKlienter() {
    Client client = clientAtTheShelter("Sixten");
    team.assign(client.id(), TeamRole.BOENDELOTS, "lotta", "eva");
    page.setViewportSize(1280, 800);
    login("tasklist", "lotta");
    page.getByRole(AriaRole.LINK, link("Personalens sidor")).click();
    page.getByRole(AriaRole.LINK, link("Mina klienter")).first().click();
    assertThat(page.getByRole(AriaRole.HEADING, heading("Mina klienter"))).isVisible();
    Locator row = page.locator("#clients tbody tr").filter(new Locator.FilterOptions().setHasText(client.displayName()));
    assertThat(row).containsText("Boendelots");
    assertThat(row).containsText("Härbärge sedan " + LocalDate.now(Staff.STOCKHOLM));
    assertThat(row).containsText("Uppsökande kontakt");
    screenshot("mina-klienter-lotta");
    handbook("mina-klienter");

    row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(client.displayName())).click();
    assertThat(page.getByRole(AriaRole.HEADING, heading(client.displayName()))).isVisible();
    assertThat(page.locator("#team tbody")).containsText("Lotta Bergström (lotta)");
    // lotta is on the team, so she may name the client's socialsekreterare
    page.getByLabel("Roll", new Page.GetByLabelOptions().setExact(true)).selectOption("SOCIALSEKRETERARE");
    page.getByLabel("Ny medarbetare").selectOption("sara");
    page.getByRole(AriaRole.BUTTON, button("Byt")).click();
    assertThat(page.locator("#team-change .status.ok")).hasText("Socialsekreterare är nu sara.");
    assertThat(page.locator("#team tbody")).containsText("Sara Nyström (sara)");
    assertThat(team.holders(client.id())).containsEntry(TeamRole.SOCIALSEKRETERARE, "sara");
    page.setViewportSize(768, 1024);
    assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(768);
  }

  @Test
  void aStaffMemberOutsideTheTeamAndRolesIsRefusedThePage() {
    Client client = clientAtTheShelter("Tyra");
    login("tasklist", "sara");
    page.navigate(url("/personal/klient.html?id=" + client.id()));
    assertThat(page.locator("#page-status")).hasText("Du kan inte öppna klientens sida. Du har inte tillgång till "
        + "klientens akt. Den är öppen för klientens team, de roller som arbetar med klientens ärenden och enhetschefen.");
    assertThat(page.locator("#page-status")).isFocused();
    assertThat(page.locator("#file")).isHidden();
    assertThat(page.getByText(client.displayName())).hasCount(0);
    assertThat(page.getByText("Härbärget Skarpnäck")).hasCount(0);
    screenshot("klient-sara-nekad");
  }
}
