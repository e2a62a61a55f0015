package se.bofast.housing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.bofast.client.ClientConstants;
import se.bofast.client.EngineTables;
import se.bofast.client.Journal;
import se.bofast.client.JournalEntryView;
import se.bofast.client.JournalKind;
import se.bofast.platform.web.InvalidInputException;
import se.bofast.support.AppTest;
import se.bofast.support.Staff;
import se.bofast.support.TestPersonnummer;

/**
 * Completing client-journey's move-in writes the boendelots's "Journalanteckning", when written,
 * as a signed VISIT entry in the client's journal dated by the move-in (issue 13, item 2); a
 * move-in that has not happened yet takes no entry, and the text never reaches the engine.
 */
@AppTest
class MoveInJournalTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired ApartmentService apartments;
  @Autowired Journal journal;
  @Autowired JdbcTemplate jdbc;

  ProcessInstance pi;

  @AfterEach
  void deleteInstance() {
    if (pi != null && runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).count() > 0) {
      runtimeService.deleteProcessInstance(pi.getId(), "test over");
    }
  }

  @Test
  void theMoveInsTextBecomesASignedVisitInTheClientsJournalAndNowhereElse() {
    AbstractAssertions.init(engine);
    Staff staff = new Staff(engine);
    LocalDate today = LocalDate.now(ClientConstants.ZONE);
    pi = atTheMoveIn(staff, today.minusDays(1));
    long clientId = ((Number) runtimeService.getVariable(pi.getId(), "clientId")).longValue();
    String marker = "MOVEINJOURNAL" + UUID.randomUUID().toString().replace("-", "");

    assertThatThrownBy(() -> staff.complete(pi, "Task_MoveIn", "boendelots", Map.of("moveInDate",
        today.plusDays(3).toString(), "journalText", "Inflyttning " + marker)))
        .as("a move-in that has not happened takes no journal entry")
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("journalText"));
    assertThat(pi).isWaitingAt("Task_MoveIn");
    assertThat(journal.read(clientId, null)).isEmpty();

    staff.complete(pi, "Task_MoveIn", "boendelots", Map.of("moveInDate", today.minusDays(1).toString(),
        "journalText", "  Flyttade in med stöd av boendelotsen; nycklar överlämnade. " + marker + "  "));

    List<JournalEntryView> entries = journal.read(clientId, null);
    assertThat(entries).hasSize(1);
    JournalEntryView entry = entries.get(0);
    assertThat(entry.kind()).isEqualTo(JournalKind.VISIT);
    assertThat(entry.eventDate()).isEqualTo(today.minusDays(1));
    assertThat(entry.text()).isEqualTo("Flyttade in med stöd av boendelotsen; nycklar överlämnade. " + marker);
    assertThat(entry.writtenBy()).isEqualTo("lotta");
    assertThat(entry.signed()).isTrue();
    assertThat(entry.caseNumber()).isNull();

    assertThat(runtimeService.getVariables(pi.getId())).doesNotContainKey("journalText");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).includeDeleted()
        .variableName("journalText").count()).isZero();
    for (String table : EngineTables.names(jdbc)) {
      assertThat(EngineTables.holding(jdbc, table, marker)).as(table).isZero();
    }
  }

  /** A client referred to a training apartment, through the process as staff would, up to the move-in. */
  private ProcessInstance atTheMoveIn(Staff staff, LocalDate moveIn) {
    apartments.add("Journalvägen 3", "12063", "Stockholm", "Familjebostäder", Step.TRANINGSLAGENHET);
    ProcessInstance started = staff.start("client-journey", "socialsekreterare", Map.of("clientType", "NEW_IDENTIFIED",
        "personalNumber", TestPersonnummer.next(), "firstName", "Journal", "lastName", "Klient",
        "needs", "ADDICTION", "situation", "OTHER"));
    staff.complete(started, "Task_Assessment", "case-manager", new HashMap<>(Map.of("asiDone", true, "durDone", true,
        "assessmentDate", moveIn.minusDays(30).toString(), "complexNeeds", false,
        "treatmentCompletedOn", moveIn.minusYears(1).toString(), "drugFreeSince", moveIn.minusYears(2).toString())));
    staff.complete(started, "Task_DecideInsats", "socialsekreterare", Map.of("decidedStep", "TRANINGSLAGENHET"));
    staff.runDueJobs(started);
    if (engine.getTaskService().createTaskQuery().processInstanceId(started.getId())
        .taskDefinitionKey("Task_FirstContact").count() > 0) {
      staff.complete(started, "Task_FirstContact", "boendelots",
          Map.of("firstContactDate", moveIn.minusDays(10).toString()));
    }
    staff.complete(started, "Task_PrepareMoveIn", "boendelots",
        Map.of("rentPlanned", true, "insuranceArranged", true, "homeEquipped", true));
    staff.complete(started, "Task_SecondHandContract", "boendelots", Map.of("contractSignedOn", moveIn.toString()));
    return started;
  }
}
