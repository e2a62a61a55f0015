package se.bofast.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static se.bofast.browser.StaffPagesBrowserTest.button;
import static se.bofast.browser.StaffPagesBrowserTest.link;

import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.bofast.housing.ApartmentService;
import se.bofast.housing.JourneyViews;
import se.bofast.housing.Step;
import se.bofast.housing.TerminationCause;
import se.bofast.support.AppTest;
import se.bofast.support.Staff;
import se.bofast.support.TestPersonnummer;

/**
 * The boendelots reports an uppsägning of a client's training apartment from the staff page:
 * a date before the move-in is refused next to the date, in Swedish; the right date ends the
 * placement. A relapse reported from the same page keeps the placement and gives the team a task. The enhetschef, who reads journeys but reports nothing, is not offered the form.
 */
@AppTest
class InterruptionBrowserTest extends BrowserTestBase {

  @Autowired ProcessEngine engine;
  @Autowired ApartmentService apartments;
  @Autowired JourneyViews journeys;

  @Test
  void lottaReportsAnUppsagningAndABadDateIsRefusedNextToTheField() {
    LocalDate moveIn = LocalDate.now().minusDays(20);
    ProcessInstance pi = clientInTrainingApartmentSince(moveIn);
    String caseNumber = (String) engine.getRuntimeService().getVariable(pi.getId(), "caseNumber");
    assertThat(caseNumber).startsWith("VK-");
    page.setViewportSize(1280, 800);
    login("tasklist", "lotta");
    page.navigate(url("/personal/"));
    page.getByRole(AriaRole.LINK, link("Rapportera återfall eller uppsägning")).click();

    page.getByLabel("Ärendenummer").fill(caseNumber);
    page.getByLabel("Orsak").selectOption("UNPAID_RENT");
    page.getByLabel("Datum för avbrottet").fill(moveIn.minusDays(5).toString());
    page.getByRole(AriaRole.BUTTON, button("Registrera avbrottet")).click();
    assertThat(page.locator("#date-fel"))
        .hasText("Datumet kan inte vara före placeringens startdatum (" + moveIn + ").");
    assertThat(page.getByLabel("Datum för avbrottet")).isFocused();
    assertThat(page.getByLabel("Datum för avbrottet")).hasAttribute("aria-invalid", "true");
    screenshot("personal-avbrott-fel-lotta");
    assertThat(trainingPlacement(caseNumber).endDate()).as("nothing stored").isNull();

    page.getByLabel("Datum för avbrottet").fill(LocalDate.now().minusDays(1).toString());
    page.getByRole(AriaRole.BUTTON, button("Registrera avbrottet")).click();
    assertThat(page.locator("#interruption .status.ok")).hasText("Avbrottet är registrerat för ärende " + caseNumber
        + ": uppsägning – obetald hyra den " + LocalDate.now().minusDays(1) + ".");
    assertThat(page.locator("#date-fel")).isEmpty();
    assertThat(page.getByLabel("Ärendenummer")).isEmpty();
    assertThat(page.url()).doesNotContain(caseNumber);
    screenshot("personal-avbrott-lotta");
    new Staff(engine).runDueJobs(pi); // the process ends the placement after the accepted report
    JourneyViews.PlacementView ended = trainingPlacement(caseNumber);
    assertThat(ended.terminationCause()).isEqualTo(TerminationCause.UNPAID_RENT);
    assertThat(ended.endDate()).isEqualTo(LocalDate.now().minusDays(1));
  }

  @Test
  void lottaReportsARelapseAndTheClientKeepsTheApartment() {
    LocalDate moveIn = LocalDate.now().minusDays(20);
    ProcessInstance pi = clientInTrainingApartmentSince(moveIn);
    String caseNumber = (String) engine.getRuntimeService().getVariable(pi.getId(), "caseNumber");
    page.setViewportSize(1280, 800);
    login("tasklist", "lotta");
    page.navigate(url("/personal/avbrott.html"));
    page.getByLabel("Ärendenummer").fill(caseNumber);
    page.getByLabel("Orsak").selectOption("RELAPSE");
    page.getByLabel("Datum för avbrottet").fill(LocalDate.now().minusDays(2).toString());
    page.getByRole(AriaRole.BUTTON, button("Registrera avbrottet")).click();
    assertThat(page.locator("#interruption .status.ok")).hasText("Återfallet är registrerat för ärende " + caseNumber
        + " den " + LocalDate.now().minusDays(2)
        + ": placeringen fortsätter och teamet har fått en uppgift att komma överens om stödet.");
    screenshot("personal-avbrott-aterfall-lotta");
    new Staff(engine).runDueJobs(pi);
    assertThat(trainingPlacement(caseNumber).endDate()).as("a relapse is no termination").isNull();
    assertThat(journeys.viewByCaseNumber(caseNumber).relapses()).hasSize(1);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("Task_AgreeRelapseSupport").count()).isOne();
  }

  @Test
  void evaReadsButMayNotReportAndIsToldSo() {
    login("cockpit", "eva");
    page.navigate(url("/personal/avbrott.html"));
    assertThat(page.getByRole(AriaRole.BUTTON, button("Registrera avbrottet"))).hasCount(0);
    // the form is hidden from her; the API's refusal is what she would get anyway
    page.navigate(url("/personal/"));
    assertThat(page.getByRole(AriaRole.LINK, link("Rapportera återfall eller uppsägning"))).hasCount(0);
    assertThat(page.getByRole(AriaRole.LINK, link("Vräkningsärenden"))).isVisible();
  }

  private JourneyViews.PlacementView trainingPlacement(String caseNumber) {
    return journeys.viewByCaseNumber(caseNumber).placements().stream()
        .filter(p -> p.step() == Step.TRANINGSLAGENHET).findFirst().orElseThrow();
  }

  /** A client who moved into a training apartment on the given day (through the process, as staff would). */
  private ProcessInstance clientInTrainingApartmentSince(LocalDate moveIn) {
    Staff staff = new Staff(engine);
    apartments.add("Avbrottsvägen 2", "12063", "Stockholm", "Familjebostäder", Step.TRANINGSLAGENHET);
    ProcessInstance pi = staff.start("client-journey", "socialsekreterare", Map.of("clientType", "NEW_IDENTIFIED",
        "personalNumber", TestPersonnummer.next(), "firstName", "Avbrott", "lastName", "Klient",
        "needs", "ADDICTION", "situation", "OTHER"));
    staff.complete(pi, "Task_Assessment", "case-manager", new HashMap<>(Map.of("asiDone", true, "durDone", true,
        "assessmentDate", moveIn.minusDays(30).toString(), "complexNeeds", false,
        "treatmentCompletedOn", moveIn.minusYears(1).toString(), "drugFreeSince", moveIn.minusYears(2).toString())));
    staff.complete(pi, "Task_DecideInsats", "socialsekreterare", Map.of("decidedStep", "TRANINGSLAGENHET"));
    staff.runDueJobs(pi);
    if (engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("Task_FirstContact").count() > 0) {
      staff.complete(pi, "Task_FirstContact", "boendelots", Map.of("firstContactDate", moveIn.minusDays(10).toString()));
    }
    staff.complete(pi, "Task_PrepareMoveIn", "boendelots",
        Map.of("rentPlanned", true, "insuranceArranged", true, "homeEquipped", true));
    staff.complete(pi, "Task_SecondHandContract", "boendelots", Map.of("contractSignedOn", moveIn.toString()));
    staff.complete(pi, "Task_MoveIn", "boendelots", Map.of("moveInDate", moveIn.toString()));
    staff.runDueJobs(pi);
    return pi;
  }
}
