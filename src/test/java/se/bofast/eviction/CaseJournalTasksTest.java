package se.bofast.eviction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.bofast.client.CaseJournal;
import se.bofast.client.ClientService;
import se.bofast.client.EngineTables;
import se.bofast.client.Journal;
import se.bofast.client.JournalEntryView;
import se.bofast.client.JournalKind;
import se.bofast.housing.JourneyReferrals;
import se.bofast.platform.web.InvalidInputException;
import se.bofast.support.AppTest;
import se.bofast.support.Staff;
import se.bofast.support.TestPersonnummer;

/**
 * Completing a task of eviction-prevention that records a contact, a visit or a decision writes
 * the form's "Journalanteckning" as a signed entry of the case's journal (issue 13, item 2): of the
 * case alone when the tenant is no client, of the client too when the tenant is a chain client.
 * The text never stays in the process variables, the history or any ACT_* table, and a task the
 * glue refuses writes no entry.
 */
@AppTest
class CaseJournalTasksTest {

  @Autowired ProcessEngine engine;
  @Autowired IdentityService identityService;
  @Autowired FormService formService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired SignalIntake intake;
  @Autowired CaseJournal caseJournal;
  @Autowired Journal journal;
  @Autowired JourneyReferrals referrals;
  @Autowired ClientService clients;
  @Autowired JdbcTemplate jdbc;

  Staff staff;
  final List<String> started = new ArrayList<>();
  /** A text no other test writes: every journal text of a test holds it, to search for afterwards. */
  final String marker = "CASEJOURNAL" + UUID.randomUUID().toString().replace("-", "");

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    staff = new Staff(EvictionConstants.PROCESS_KEY, identityService, formService, taskService, managementService,
        repositoryService);
    ClockUtil.setCurrentTime(Staff.date(LocalDateTime.of(2026, 3, 2, 9, 0)));
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    EvictionProcessTest.deleteOpenInstances(runtimeService, started);
  }

  @Test
  void eachTaskThatRecordsAContactAVisitOrADecisionWritesItsSignedEntryInTheCasesJournal() {
    String pnr = TestPersonnummer.next();
    CaseView opened = open(pnr, SignalType.RENT_ARREARS, 2);
    ProcessInstance pi = instance(opened);
    assertThat(clients.findByPersonalNumber(pnr)).as("the tenant is no client").isEmpty();

    attempt(pi, "LETTER", null, text("Brev om hyresskulden skickat"));
    attempt(pi, "PHONE", null, null);
    attempt(pi, "HOME_VISIT", 2, text("Träffade hyresgästen hemma"));
    staff.complete(pi, "Task_HomeVisit", "bosamordnare", Map.of("visitDate", "2026-03-02", "childrenAffected", 2,
        "journalText", text("Två barn; familjen vill bo kvar")));
    staff.complete(pi, "Task_UvTeam", "socialsekreterare", Map.of("meetingDate", "2026-03-02",
        "jointDecisionMade", true, "uvMeasures", "Hembesök och budgetrådgivning", "uvResponsible", "Barn och familj",
        "uvActBy", "2026-03-09", "journalText", text("UV-teamet beslutade om budgetrådgivning")));
    staff.complete(pi, "Task_LandlordContact", "bosamordnare", Map.of("landlordContactDate", "2026-03-02",
        "landlordChannel", "PHONE", "landlordResult", "PAYMENT_PLAN", "journalText", text("Avbetalningsplan överenskommen")));
    staff.complete(pi, "Task_DecideAid", "socialsekreterare", Map.of("aidDecision", "GRANTED", "aidAmountSek", 12400,
        "aidDecisionDate", "2026-03-02", "journalText", text("Bistånd beviljas: barnfamiljens boende")));
    staff.complete(pi, "Task_RecordOutcome", "bosamordnare", Map.of("outcome", "PREVENTED", "outcomeDate", "2026-03-02",
        "childrenAffected", 2, "journalText", text("Vräkningen förhindrad")));

    List<JournalEntryView> entries = caseJournal.read(opened.caseNumber());
    assertThat(entries).extracting(JournalEntryView::kind).containsExactly(JournalKind.CONTACT, JournalKind.VISIT,
        JournalKind.VISIT, JournalKind.DECISION, JournalKind.CONTACT, JournalKind.DECISION, JournalKind.DECISION);
    assertThat(entries).extracting(JournalEntryView::writtenBy)
        .containsExactly("bosse", "bosse", "bosse", "sara", "bosse", "sara", "bosse");
    assertThat(entries).extracting(JournalEntryView::text).containsExactly(text("Brev om hyresskulden skickat"),
        text("Träffade hyresgästen hemma"), text("Två barn; familjen vill bo kvar"),
        text("UV-teamet beslutade om budgetrådgivning"), text("Avbetalningsplan överenskommen"),
        text("Bistånd beviljas: barnfamiljens boende"), text("Vräkningen förhindrad"));
    assertThat(entries).allSatisfy(entry -> {
      assertThat(entry.signed()).isTrue();
      assertThat(entry.signedBy()).isEqualTo(entry.writtenBy());
      assertThat(entry.clientId()).as("the tenant is no client").isNull();
      assertThat(entry.caseNumber()).isEqualTo(opened.caseNumber());
      assertThat(entry.eventDate()).isEqualTo(LocalDate.of(2026, 3, 2));
    });
    nothingOfTheTextsInTheEngine(pi);
  }

  @Test
  void aTelephoneCallIsATelephoneEntryDatedByTheAttemptAndALandlordMeetingAContact() {
    CaseView opened = open(TestPersonnummer.next(), SignalType.DISTURBANCE, 0);
    ProcessInstance pi = instance(opened);
    ClockUtil.setCurrentTime(Staff.date(LocalDateTime.of(2026, 3, 4, 9, 0)));
    staff.complete(pi, "Task_ContactTenant", "bosamordnare", Map.of("channel", "PHONE", "attemptDate", "2026-03-03",
        "reached", true, "childrenInHousehold", 0, "outOfOrderReason", "Hyresvärden gav ett telefonnummer",
        "journalText", text("Samtal om störningarna")));
    staff.complete(pi, "Task_LandlordMeeting", "bosamordnare", Map.of("landlordMeetingDate", "2026-03-04",
        "meetingResult", "MEASURES_AGREED", "journalText", text("Möte med förvaltaren")));

    assertThat(caseJournal.read(opened.caseNumber()))
        .extracting(e -> e.kind() + " " + e.eventDate())
        .containsExactly("TELEPHONE 2026-03-03", "CONTACT 2026-03-04");
    nothingOfTheTextsInTheEngine(pi);
  }

  @Test
  void aChainClientsCaseWritesTheClientsJournalWithTheCaseNumber() {
    String pnr = TestPersonnummer.next();
    EvictionProcessTest.chainClient(referrals, pnr);
    long clientId = clients.findByPersonalNumber(pnr).orElseThrow().id();
    CaseView opened = open(pnr, SignalType.RENT_ARREARS, 0);
    ProcessInstance pi = instance(opened);
    staff.complete(pi, "Task_ChainCoordination", "boendelots", Map.of("coordinatedOn", "2026-03-02", "coordinated", true));

    attempt(pi, "LETTER", 0, text("Klienten svarade på brevet"));
    staff.complete(pi, "Task_DecideAid", "socialsekreterare", Map.of("aidDecision", "REFUSED",
        "aidDecisionDate", "2026-03-02", "journalText", text("Avslag: egna medel finns")));

    List<JournalEntryView> inTheClientsJournal = journal.read(clientId, opened.caseNumber());
    assertThat(inTheClientsJournal).extracting(JournalEntryView::kind)
        .containsExactly(JournalKind.CONTACT, JournalKind.DECISION);
    assertThat(inTheClientsJournal).allSatisfy(entry -> {
      assertThat(entry.clientId()).isEqualTo(clientId);
      assertThat(entry.caseNumber()).isEqualTo(opened.caseNumber());
      assertThat(entry.signed()).isTrue();
    });
    assertThat(caseJournal.read(opened.caseNumber())).as("the case's journal shows them too")
        .isEqualTo(inTheClientsJournal);
    nothingOfTheTextsInTheEngine(pi);
  }

  @Test
  void aDecisionNeedsItsGroundsAndARefusedTaskWritesNoEntry() {
    CaseView opened = open(TestPersonnummer.next(), SignalType.RENT_ARREARS, 2);
    ProcessInstance pi = instance(opened);
    Map<String, Object> uv = new HashMap<>(Map.of("meetingDate", "2026-03-02", "jointDecisionMade", true,
        "uvMeasures", "Hembesök", "uvResponsible", "Barn och familj", "uvActBy", "2026-03-09"));
    refused(pi, "Task_UvTeam", "socialsekreterare", uv, "journalText");
    refused(pi, "Task_UvTeam", "socialsekreterare", with(uv, "journalText", " \n "), "journalText");
    // the text is fine, the task's own input is not: nothing of it is stored
    refused(pi, "Task_UvTeam", "socialsekreterare", with(with(uv, "journalText", text("Beslut")), "uvActBy", "2026-03-01"),
        "uvActBy");
    refused(pi, "Task_HomeVisit", "bosamordnare", Map.of("visitDate", "2026-03-02", "childrenAffected", 2),
        "journalText");
    Map<String, Object> aid = new HashMap<>(Map.of("aidDecision", "GRANTED", "aidAmountSek", 100,
        "aidDecisionDate", "2026-03-02"));
    refused(pi, "Task_DecideAid", "socialsekreterare", aid, "journalText");
    refused(pi, "Task_DecideAid", "socialsekreterare", with(with(aid, "journalText", text("Beviljas")),
        "aidDecisionDate", "2026-03-03"), "aidDecisionDate");
    // an attempt refused for a missing reason writes no entry either
    assertThatThrownBy(() -> staff.complete(pi, "Task_ContactTenant", "bosamordnare", Map.of("channel", "HOME_VISIT",
        "attemptDate", "2026-03-02", "reached", false, "journalText", text("Hembesök utan svar"))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("outOfOrderReason"));

    assertThat(caseJournal.read(opened.caseNumber())).as("nothing half-stored").isEmpty();
    assertThat(jdbc.queryForObject("SELECT count(*) FROM client_journal_entry WHERE entry_text LIKE ?", Long.class,
        "%" + marker + "%")).isZero();
    assertThat(pi).isWaitingAt("Task_UvTeam", "Task_HomeVisit", "Task_DecideAid", "Task_ContactTenant");
    nothingOfTheTextsInTheEngine(pi);
  }

  @Test
  void theOutcomeNeedsItsGrounds() {
    CaseView opened = open(TestPersonnummer.next(), SignalType.EARLY_WARNING, 0);
    ProcessInstance pi = instance(opened);
    attempt(pi, "LETTER", 0, null);
    staff.complete(pi, "Task_LandlordContact", "bosamordnare", Map.of("landlordContactDate", "2026-03-02",
        "landlordChannel", "EMAIL", "landlordResult", "NOTICE_WITHDRAWN"));
    assertThat(caseJournal.read(opened.caseNumber())).as("a contact without a text writes nothing").isEmpty();
    Map<String, Object> outcome = new HashMap<>(Map.of("outcome", "WITHDRAWN", "outcomeDate", "2026-03-02",
        "childrenAffected", 0));
    refused(pi, "Task_RecordOutcome", "bosamordnare", outcome, "journalText");
    refused(pi, "Task_RecordOutcome", "bosamordnare", with(with(outcome, "journalText", text("Återkallad")),
        "outcomeDate", "2026-02-01"), "outcomeDate");
    assertThat(caseJournal.read(opened.caseNumber())).isEmpty();

    staff.complete(pi, "Task_RecordOutcome", "bosamordnare", with(outcome, "journalText", text("Återkallad")));
    assertThat(caseJournal.read(opened.caseNumber())).extracting(e -> e.kind() + " " + e.text())
        .containsExactly("DECISION " + text("Återkallad"));
  }

  // --- helpers --------------------------------------------------------------------------------

  private String text(String what) {
    return what + " " + marker;
  }

  private CaseView open(String pnr, SignalType type, int children) {
    ClockUtil.setCurrentTime(Staff.date(LocalDateTime.of(2026, 2, 28, 9, 0)));
    boolean arrears = type == SignalType.RENT_ARREARS;
    CaseView opened = intake.receive(EvictionProcessTest.signal(pnr, type, children,
        arrears ? LocalDate.of(2026, 2, 23) : null, arrears ? LocalDate.of(2026, 2, 25) : null, null), "intake")
        .evictionCase();
    started.add(opened.processInstanceId());
    ClockUtil.setCurrentTime(Staff.date(LocalDateTime.of(2026, 3, 2, 9, 0)));
    return opened;
  }

  private ProcessInstance instance(CaseView c) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(c.processInstanceId()).singleResult();
  }

  /** An attempt on 2 March: reached when the number of children is told, not reached when it is null. */
  private void attempt(ProcessInstance pi, String channel, Integer children, String journalText) {
    Map<String, Object> form = new HashMap<>(Map.of("channel", channel, "attemptDate", "2026-03-02",
        "reached", children != null));
    if (children != null) {
      form.put("childrenInHousehold", children);
    }
    if (journalText != null) {
      form.put("journalText", journalText);
    }
    staff.complete(pi, "Task_ContactTenant", "bosamordnare", form);
  }

  private void refused(ProcessInstance pi, String taskKey, String group, Map<String, Object> form, String field) {
    assertThatThrownBy(() -> staff.complete(pi, taskKey, group, form)).as(taskKey + " refuses " + field)
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field));
  }

  private static Map<String, Object> with(Map<String, Object> form, String key, Object value) {
    Map<String, Object> changed = new HashMap<>(form);
    changed.put(key, value);
    return changed;
  }

  /** Neither a variable, nor the history, nor any row of any ACT_* table holds a journal text. */
  private void nothingOfTheTextsInTheEngine(ProcessInstance pi) {
    if (runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).count() > 0) {
      assertThat(runtimeService.getVariables(pi.getId())).doesNotContainKey("journalText");
    }
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).includeDeleted()
        .variableName("journalText").count()).isZero();
    List<String> tables = EngineTables.names(jdbc);
    assertThat(tables).hasSizeGreaterThan(40);
    for (String table : tables) {
      assertThat(EngineTables.holding(jdbc, table, marker)).as(table).isZero();
    }
  }
}
