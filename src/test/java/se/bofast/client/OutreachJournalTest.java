package se.bofast.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.bofast.housing.HousingConstants;
import se.bofast.support.AppTest;
import se.bofast.support.Staff;

/**
 * Completing an outreach contact writes the client's journal (issue 13, item 2): the text the
 * case manager typed in the form becomes a signed CONTACT entry dated by the contact, by its
 * author; the text stays out of the process variables, the engine's history and its tables.
 */
@AppTest
class OutreachJournalTest {

  @Autowired IdentityService identityService;
  @Autowired FormService formService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired JdbcTemplate jdbc;
  @Autowired Journal journal;

  ProcessInstance pi;

  @AfterEach
  void deleteInstance() {
    org.camunda.bpm.engine.impl.util.ClockUtil.reset();
    if (pi != null && runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).count() > 0) {
      runtimeService.deleteProcessInstance(pi.getId(), "test over");
    }
  }

  @Test
  void theOutreachContactsTextBecomesASignedContactEntryInTheClientsJournalAndNowhereElse() {
    Staff staff = new Staff(HousingConstants.PROCESS_KEY, identityService, formService, taskService,
        managementService, repositoryService);
    pi = staff.start("case-manager", Map.of("clientType", "UNIDENTIFIED", "alias", "Journalmannen",
        "needs", "ADDICTION", "situation", "HARBARGE", "shelterName", "Härbärget Skarpnäck"));
    long clientId = ((Number) runtimeService.getVariable(pi.getId(), "clientId")).longValue();
    String marker = "Träffade honom vid Hötorget JOURNAL-MARKER-" + System.nanoTime();
    String contactDay = LocalDate.now(ClientConstants.ZONE).minusDays(1).toString();

    staff.complete(pi, "Task_OutreachContact", "case-manager", Map.of("contactDate", contactDay, "met", true,
        "journalText", marker, "outreachOutcome", "CONTINUE"));

    List<JournalEntryView> entries = journal.read(clientId, null);
    assertThat(entries).hasSize(1);
    JournalEntryView entry = entries.get(0);
    assertThat(entry.kind()).isEqualTo(JournalKind.CONTACT);
    assertThat(entry.eventDate()).isEqualTo(LocalDate.parse(contactDay));
    assertThat(entry.text()).isEqualTo(marker);
    assertThat(entry.writtenBy()).isEqualTo("kim");
    assertThat(entry.signed()).isTrue();

    assertThat(runtimeService.getVariables(pi.getId())).doesNotContainKey("journalText");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName("journalText").count()).isZero();
    for (String table : EngineTables.names(jdbc)) {
      assertThat(EngineTables.holding(jdbc, table, "JOURNAL-MARKER")).as(table).isZero();
    }

    // a contact without a text writes nothing
    staff.moveClockTo(java.util.Date.from(java.time.Instant.now().plus(java.time.Duration.ofDays(8))), pi);
    staff.complete(pi, "Task_OutreachContact", "case-manager", Map.of("contactDate", contactDay, "met", false,
        "outreachOutcome", "CONTINUE"));
    assertThat(journal.read(clientId, null)).hasSize(1);
  }
}
