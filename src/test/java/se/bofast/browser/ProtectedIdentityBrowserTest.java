package se.bofast.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static se.bofast.browser.StaffPagesBrowserTest.button;
import static se.bofast.browser.StaffPagesBrowserTest.heading;
import static se.bofast.browser.StaffPagesBrowserTest.link;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.bofast.client.ProtectionMarking;
import se.bofast.client.ProtectionMarkings;
import se.bofast.support.AppTest;
import se.bofast.support.Staff;
import se.bofast.support.TestPersonnummer;

/**
 * Protected identity in Tasklist: a client kim took on at the shelter has skyddad folkbokföring.
 * Klara, a case manager outside the client's team, finds the client's task handed back to the
 * group and opens it: the list and the "Klient" tab show the case number, never the name, the
 * personnummer or where the client sleeps. Kim, the client's named case manager, sees the name
 * in the tab and the marking with who set it on the client's page, where he removes it.
 */
@AppTest
class ProtectedIdentityBrowserTest extends BrowserTestBase {

  @Autowired ProcessEngine engine;
  @Autowired ProtectionMarkings markings;

  record Client(long id, String caseNumber, String processInstanceId, String personalNumber, String firstName,
      String lastName, String shelter) {
  }

  private static String unique(String prefix) {
    StringBuilder s = new StringBuilder(prefix);
    for (int i = 0; i < 5; i++) {
      s.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    return s.toString();
  }

  /** kim takes on a person at the shelter; the client gets skyddad folkbokföring, set by kim. */
  private Client protectedClient() {
    String first = unique("Sigrid");
    String last = unique("Skyddsson");
    String pnr = TestPersonnummer.next();
    String shelter = unique("Härbärget ");
    Staff staff = new Staff(engine);
    ProcessInstance pi = staff.start("client-journey", "case-manager", Map.of("clientType", "NEW_IDENTIFIED",
        "personalNumber", pnr, "firstName", first, "lastName", last, "needs", "BOTH",
        "childrenInHousehold", 0, "situation", "HARBARGE", "shelterName", shelter));
    staff.runDueJobs(pi);
    var runtime = engine.getRuntimeService();
    Client client = new Client(((Number) runtime.getVariable(pi.getId(), "clientId")).longValue(),
        (String) runtime.getVariable(pi.getId(), "caseNumber"), pi.getId(), pnr, first, last, shelter);
    markings.set(client.id(), ProtectionMarking.SKYDDAD_FOLKBOKFORING, null, "kim");
    return client;
  }

  private Task outreach(Client client) {
    return engine.getTaskService().createTaskQuery().processInstanceId(client.processInstanceId())
        .taskDefinitionKey("Task_OutreachContact").singleResult();
  }

  /** A case manager who is on no client's team (password demo). */
  private String colleague() {
    var identity = engine.getIdentityService();
    String id = "klara";
    if (identity.createUserQuery().userId(id).count() == 0) {
      var user = identity.newUser(id);
      user.setFirstName("Klara");
      user.setLastName("Kollega");
      user.setPassword("demo");
      identity.saveUser(user);
      identity.createMembership(id, "case-manager");
    }
    return id;
  }

  private void openClientTab() {
    page.locator(".nav-tabs a").filter(new Locator.FilterOptions().setHasText(Pattern.compile("^\\s*Klient\\s*$")))
        .click();
  }

  private void assertNothingIdentifies(Client client) {
    String shown = page.locator("body").innerText();
    assertThat(shown).doesNotContain(client.firstName(), client.lastName(), client.personalNumber(),
        client.personalNumber().replace("-", ""), client.shelter());
  }

  @Test
  void aCaseManagerOutsideTheTeamOpensTheTaskAndSeesOnlyTheCaseNumber() {
    Client client = protectedClient();
    String klara = colleague();
    // kim hands the task back to the group: anyone of the case managers may take it
    engine.getTaskService().setAssignee(outreach(client).getId(), null);

    login("tasklist", klara);
    openFilter("Min grupps uppgifter");
    Locator task = taskInList("Uppsökande kontakt", client.caseNumber());
    assertThat(task).isVisible();
    assertThat(task).containsText(client.caseNumber());
    assertNothingIdentifies(client);
    task.locator("h4.task a").click();
    openClientTab();
    assertThat(page.locator(".bofast-client-tab h3")).hasText(client.caseNumber());
    assertNothingIdentifies(client);
    screenshot("tasklist-klara-skyddad-klient");

    // the client's page, opened from the tab, shows no identity either
    page.getByRole(AriaRole.LINK, link("Öppna klientens sida")).click();
    assertThat(page.getByRole(AriaRole.HEADING, heading(client.caseNumber()))).isVisible();
    assertThat(page.locator("#identity")).containsText("Skyddade personuppgifter");
    assertThat(page.locator("#protection")).isHidden();
    assertNothingIdentifies(client);
    screenshot("klient-klara-skyddad");
  }

  @Test
  void theNamedCaseManagerSeesTheNameAndTheMarkingWithWhoSetIt() {
    Client client = protectedClient();
    login("tasklist", "kim");
    openFilter("Mina uppgifter");
    Locator task = taskInList("Uppsökande kontakt", client.caseNumber());
    assertThat(task).isVisible();
    // Tasklist's list shows the case number to everyone, the team too
    assertThat(task).not().containsText(client.firstName());
    task.locator("h4.task a").click();
    openClientTab();
    String name = client.firstName() + " " + client.lastName().charAt(0) + ".";
    assertThat(page.locator(".bofast-client-tab h3")).hasText(name);
    screenshot("tasklist-kim-skyddad-klient");

    page.getByRole(AriaRole.LINK, link("Öppna klientens sida")).click();
    assertThat(page.getByRole(AriaRole.HEADING, heading(name))).isVisible();
    assertThat(page.locator("#identity")).containsText(client.firstName() + " " + client.lastName());
    assertThat(page.locator("#protection-now")).containsText("Klienten – Skyddad folkbokföring");
    Locator row = page.locator("#protection-history tbody tr");
    assertThat(row).hasCount(1);
    assertThat(row).containsText("av kim");
    assertThat(row.locator("td").nth(3)).hasText("–"); // not removed
    screenshot("klient-kim-skyddad");

    // a household member's wrong personnummer is refused next to the field
    page.locator("#marking").selectOption("SEKRETESSMARKERING");
    page.locator("#memberPersonalNumber").fill("19800101-0000");
    page.getByRole(AriaRole.BUTTON, button("Spara markeringen")).click();
    assertThat(page.locator("#memberPersonalNumber-fel")).containsText("kontrollsiffran");
    assertThat(page.locator("#memberPersonalNumber")).isFocused();
    assertThat(row).hasCount(1);

    // kim removes the marking: kept in the history with who removed it
    page.locator("#memberPersonalNumber").fill("");
    page.locator("#marking").selectOption("");
    page.getByRole(AriaRole.BUTTON, button("Spara markeringen")).click();
    assertThat(page.locator("#protection-form .status.ok")).hasText("Markeringen är borttagen.");
    assertThat(page.locator("#protection-now")).hasText("Ingen markering.");
    assertThat(row.locator("td").nth(3)).containsText("av kim");
    assertThat(engine.getRuntimeService().getVariable(client.processInstanceId(), "clientDisplayName"))
        .as("Tasklist shows the name again").isEqualTo(name);
  }
}
