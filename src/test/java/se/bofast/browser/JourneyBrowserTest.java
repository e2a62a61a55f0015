package se.bofast.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.bofast.housing.ApartmentService;
import se.bofast.housing.Step;
import se.bofast.support.AppTest;
import se.bofast.support.Staff;
import se.bofast.support.TestPersonnummer;

/** The client journey in Tasklist: the case manager starts it, the boendelots prepares a move-in. */
@AppTest
class JourneyBrowserTest extends BrowserTestBase {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired ApartmentService apartments;

  @Test
  void kimStartsAJourneyForAnUnidentifiedPersonFromTheStartForm() {
    login("tasklist", "kim");
    page.getByText("Starta process").click();
    page.locator(".modal-dialog").getByText("Vårdkedja – lotsning till eget boende").click();
    assertThat(page.locator(".modal-dialog .fjs-form")).isVisible();
    page.getByLabel("En oidentifierad person (alias)").check();
    page.getByLabel("Alias", new Page.GetByLabelOptions().setExact(true)).fill("Fågelmannen");
    page.locator(".fjs-select-display").first().click();
    page.locator(".fjs-dropdownlist-item").getByText("Psykisk ohälsa", new Locator.GetByTextOptions().setExact(true)).click();
    page.getByLabel("På gatan").check();
    screenshot("tasklist-kim-startformular");
    page.locator(".modal-footer button.btn-primary").filter(new Locator.FilterOptions().setHasText("Starta")).click();
    assertThat(page.locator(".modal-dialog")).hasCount(0);

    page.reload();
    // kim took the client on, so kim is the named case manager and the task is assigned to kim
    openFilter("Mina uppgifter");
    Locator task = taskInList("Uppsökande kontakt", "Fågelmannen (oidentifierad)");
    assertThat(task).isVisible();
    assertThat(task).containsText("VK-");
    page.mouse().move(900, 600);
    screenshot("tasklist-kim-uppsokande-kontakt");
  }

  @Test
  void lottaPreparesTheMoveInOfAClientReferredToATrainingApartment() {
    Staff staff = new Staff(engine);
    apartments.add("Sveavägen 1", "113 59", "Stockholm", "Familjebostäder", Step.TRANINGSLAGENHET);
    ProcessInstance pi = staff.start("client-journey", "socialsekreterare", Map.of("clientType", "NEW_IDENTIFIED",
        "personalNumber", TestPersonnummer.next(), "firstName", "Sune", "lastName", "Mangs",
        "needs", "ADDICTION", "situation", "OTHER"));
    staff.complete(pi, "Task_Assessment", "case-manager", new HashMap<>(Map.of("asiDone", true, "durDone", true,
        "assessmentDate", "2026-01-05", "complexNeeds", false,
        "treatmentCompletedOn", "2025-06-01", "drugFreeSince", "2025-01-01")));
    staff.complete(pi, "Task_DecideInsats", "socialsekreterare", Map.of("decidedStep", "TRANINGSLAGENHET"));
    staff.runDueJobs(pi);
    if (engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("Task_FirstContact").count() > 0) {
      staff.complete(pi, "Task_FirstContact", "boendelots", Map.of("firstContactDate", "2026-01-05"));
      staff.runDueJobs(pi);
    }
    String caseNumber = (String) runtime.getVariable(pi.getId(), "caseNumber");

    login("tasklist", "lotta");
    openFilter("Min grupps uppgifter");
    Locator task = taskInList("Förbered inflyttning", caseNumber);
    assertThat(task).isVisible();
    assertThat(task).containsText("Sune M.");
    task.locator("h4.task a").click();
    page.locator("button.claim").click();
    page.getByLabel("Hyran och hur den betalas är planerad").check();
    page.getByLabel("Hemförsäkring är ordnad").check();
    page.getByLabel("Möbler och hemutrustning är ordnade").check();
    screenshot("tasklist-lotta-forbered-inflyttning");
    page.locator("button[ng-click='complete()']").click();
    assertThat(page.locator(".fjs-form")).hasCount(0);

    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("Task_SecondHandContract").count()).as("the next step").isEqualTo(1);
    assertThat(runtime.getVariable(pi.getId(), "rentPlanned")).isEqualTo(true);
  }
}
