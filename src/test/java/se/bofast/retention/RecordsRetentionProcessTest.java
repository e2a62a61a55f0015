package se.bofast.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.bofast.platform.web.InvalidInputException;
import se.bofast.support.AppTest;
import se.bofast.support.Staff;

/**
 * records-retention on a fixed data set with the clock moved to 15 January 2012 (due: last entry
 * on or before 2006-12-31): exactly the due clients are listed, the exempt (born on the 15th, a
 * samordningsnummer of the 25th) and a client with a recent journal entry are not, clients with an
 * open journey or a running process are held, the enhetschef holds one more with a reason, and the
 * approved ones are removed in every module with their engine history — nothing else.
 */
@AppTest
class RecordsRetentionProcessTest {

  static final LocalDateTime RUN = LocalDateTime.of(2012, 1, 15, 6, 0);

  @Autowired ProcessEngine engine;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired JdbcTemplate jdbc;
  @Autowired ClientRecordsCatalog records;
  @Autowired CaseRecordsCatalog caseRecords;

  Staff staff;
  RetentionDataSet data;
  final List<Long> clients = new ArrayList<>();
  final List<String> running = new ArrayList<>();
  final List<String> cases = new ArrayList<>();

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    staff = new Staff(engine);
    data = new RetentionDataSet(jdbc, engine);
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    running.forEach(id -> runtime.deleteProcessInstanceIfExists(id, "retention test over", true, true, true, true));
    for (long client : clients) {   // H2 has no guard: the kept clients of the data set go too
      if (data.count("client", "id = ?", client) > 0) {
        records.remove(records.subject(client));
      }
    }
    cases.forEach(caseRecords::remove);
  }

  @Test
  void exactlyTheDueClientsAreListedAndTheApprovedOnesAreRemovedWithTheirEngineHistory() {
    LocalDate old = LocalDate.of(2003, 2, 1);
    // due: a client with records in every module, last entry 2006-05-01 (its journey's end)
    String pnrDue = data.personnummer(3, 7);
    long due = track(data.identified(pnrDue, false, old));
    long entry = data.journal(due, null, LocalDate.of(2005, 6, 10), null);
    data.journal(due, null, LocalDate.of(2005, 6, 11), entry);
    data.fact(due, LocalDate.of(2004, 1, 1));
    data.formerTeamMember(due, old, LocalDate.of(2006, 1, 1));
    String journey = data.journey(due, old, LocalDate.of(2006, 5, 1));
    data.assessment(due, LocalDate.of(2005, 3, 1));
    data.endedWorkPlan(due, LocalDate.of(2005, 4, 1));
    String eviction = data.evictionCase(pnrDue, LocalDate.of(2004, 9, 1), LocalDate.of(2004, 11, 1));
    data.landlordContactAbout(journey, LocalDate.of(2004, 2, 1));
    data.noticeAbout(eviction, LocalDate.of(2004, 9, 2));
    String dueInstance = data.instance(due, journey, LocalDate.of(2005, 1, 10), true);
    // due: an unidentified client registered in 2004 and nothing since
    long alias = track(data.unidentified(LocalDate.of(2004, 5, 5)));
    // due, but the enhetschef holds it
    long heldByManager = track(data.unidentified(LocalDate.of(2005, 5, 5)));
    // due when listed, but a new entry comes before the removal runs
    long lateComer = track(data.unidentified(LocalDate.of(2006, 6, 1)));
    // due: an eviction case of a tenant who never became a client, last entry 2006-08-01
    String caseWithoutClient = caseTracked(data.evictionCase(data.personnummer(7, 7), LocalDate.of(2006, 7, 1),
        LocalDate.of(2006, 8, 1)));
    // exempt: such a case of a tenant born on the 25th; held: such a case still open (last entry: the attempt)
    caseTracked(data.evictionCase(data.personnummer(8, 25), LocalDate.of(2004, 1, 1), LocalDate.of(2004, 2, 1)));
    String openCaseWithoutClient = caseTracked(data.evictionCase(data.personnummer(9, 9), LocalDate.of(2004, 6, 1),
        null));
    // exempt: born on the 15th; a samordningsnummer of the 25th (day 85)
    long exempt = track(data.identified(data.personnummer(4, 15), false, old));
    long exemptCoordination = track(data.identified(data.personnummer(5, 85), true, old));
    // kept: a journal entry in 2008
    long recent = track(data.identified(data.personnummer(6, 8), false, old));
    data.journal(recent, null, LocalDate.of(2008, 2, 1), null);
    // held: an open journey since 2004; a running process
    long openJourney = track(data.unidentified(old));
    data.journey(openJourney, LocalDate.of(2004, 1, 1), null);
    long withProcess = track(data.unidentified(old));
    String runningInstance = data.instance(withProcess, null, LocalDate.of(2004, 1, 1), false);
    running.add(runningInstance);
    String keptInstance = data.instance(recent, null, LocalDate.of(2005, 1, 1), true);

    assertThat(history.createUserOperationLogQuery().processInstanceId(dueInstance).count()).isPositive();
    Map<String, Integer> before = counts();
    ProcessInstance pi = fireYearlyTimer();
    staff.runDueJobs(pi);
    assertThat(pi).isWaitingAt(RetentionConstants.TASK_APPROVE);

    long runId = ((Number) runtime.getVariable(pi.getId(), RetentionConstants.VAR_RUN_ID)).longValue();
    List<Map<String, Object>> listed = jdbc.queryForList("SELECT position, client_id, status, last_entry_on"
        + " FROM retention_candidate WHERE run_id = ? ORDER BY position", runId);
    assertThat(listed).extracting(r -> r.get("client_id") + " " + r.get("status") + " "
        + r.get("last_entry_on")).containsExactly(
            alias + " DUE 2004-05-05", heldByManager + " DUE 2005-05-05", due + " DUE 2006-05-01",
            lateComer + " DUE 2006-06-01", "null DUE 2006-08-01", withProcess + " OPEN_CASE 2003-02-01",
            openJourney + " OPEN_CASE 2004-01-01", "null OPEN_CASE 2004-06-02");
    Map<String, Object> vars = runtime.getVariables(pi.getId());
    assertThat(vars).containsEntry("dueCount", 5).containsEntry("openCaseCount", 3).containsEntry("exemptCount", 3)
        .containsEntry("runTitle", "Gallring 2012: senaste anteckning senast 2006-12-31");
    String summary = (String) vars.get("dueSummary");
    assertThat(summary.lines()).hasSize(5);
    assertThat(summary).contains("Nr 5: " + caseWithoutClient + " (hyresgäst som inte är klient) – senaste anteckning"
        + " 2006-08-01");
    assertThat(summary).contains("Nr 3: " + journey + ", " + eviction + " – senaste anteckning 2006-05-01 – Mer än 5 år"
        + " sedan senaste anteckningen (2006-05-01)").contains("Nr 1: utan ärendenummer (klient-id " + alias + ")");
    assertThat(vars.get("openCaseSummary").toString()).contains("Behålls: pågående vårdkedja")
        .contains("Behålls: pågående process").contains("Nr 8: " + openCaseWithoutClient
            + " (hyresgäst som inte är klient) – senaste anteckning 2004-06-02 – Behålls: pågående vräkningsärende");
    assertThat(vars.values().toString()).doesNotContain(RetentionDataSet.FIRST_NAME, RetentionDataSet.LAST_NAME,
        pnrDue, pnrDue.substring(2), "Gallringsalias");

    Task task = staff.task(pi.getId(), RetentionConstants.TASK_APPROVE, "enhetschef");
    assertThat(task.getName()).isEqualTo("Godkänn gallring av klientakter");
    assertThat(Staff.localDate(task.getDueDate())).as("approval-due P30D").isEqualTo(LocalDate.of(2012, 2, 14));
    assertThatThrownBy(() -> staff.complete(task, "enhetschef", Map.of("holdReasons", "9: fel nummer\nbehåll 3",
        "approved", false))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Rad 1: nummer 9 finns inte bland klienterna som ska gallras.")
        .hasMessageContaining("Rad 2: skriv numret i listan, ett kolon och skälet")
        .hasMessageContaining("Kryssa i att du har gått igenom listan");
    assertThatThrownBy(() -> staff.complete(task, "enhetschef", Map.of("holdReasons", "2:  \n6: pågår",
        "approved", true))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Rad 1: skriv skälet till att nummer 2 behålls.")
        .hasMessageContaining("Rad 2: nummer 6 finns inte bland klienterna som ska gallras.");
    assertThat(data.count("retention_candidate", "run_id = ? AND status = 'DUE'", runId)).isEqualTo(5);

    staff.complete(task, "enhetschef", Map.of("holdReasons", "2: begäran om utlämnande pågår", "approved", true));
    data.journal(lateComer, null, LocalDate.of(2012, 1, 20), null);
    staff.runDueJobs(pi);
    assertThat(pi).isEnded().hasPassed("Task_RemoveRecords", "EndEvent_Removed");

    assertThat(jdbc.queryForList("SELECT client_id, status, reason, decided_by FROM retention_candidate WHERE run_id = ?"
        + " ORDER BY position", runId)).extracting(r -> r.get("client_id") + " " + r.get("status") + " "
        + r.get("decided_by")).containsExactly(alias + " REMOVED eva", heldByManager + " HELD eva", due + " REMOVED eva",
            lateComer + " HELD eva", "null REMOVED eva", withProcess + " OPEN_CASE null",
            openJourney + " OPEN_CASE null", "null OPEN_CASE null");
    assertThat(jdbc.queryForObject("SELECT reason FROM retention_candidate WHERE run_id = ? AND client_id = ?",
        String.class, runId, heldByManager)).isEqualTo("Behålls av enhetschefen: begäran om utlämnande pågår");
    assertThat(jdbc.queryForObject("SELECT reason FROM retention_candidate WHERE run_id = ? AND client_id = ?",
        String.class, runId, lateComer)).isEqualTo("Behålls: ny anteckning efter listan (2012-01-20)");
    assertThat(removalLog(runId, lateComer)).isEmpty();
    Map<String, Integer> caseLog = new java.util.HashMap<>();
    jdbc.query("SELECT r.module, r.kind, r.removed_count FROM retention_removal r JOIN retention_case rc"
        + " ON rc.candidate_id = r.candidate_id WHERE rc.case_number = ?",
        rs -> { caseLog.put(rs.getString(1) + "/" + rs.getString(2), rs.getInt(3)); }, caseWithoutClient);
    assertThat(caseLog).containsEntry("eviction/vräkningsärenden", 1).containsEntry("eviction/hyresgäster", 1)
        .containsEntry("client/journalanteckningar", 1).containsEntry("engine/processinstanser (historik)", 0);
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName(RetentionConstants.FIELD_HOLDS).count()).as("the reasons stay out of the engine").isZero();
    assertThat(jdbc.queryForMap("SELECT status, approved_by FROM retention_run WHERE id = ?", runId))
        .containsEntry("status", "DONE").containsEntry("approved_by", "eva");

    Map<String, Integer> log = removalLog(runId, due);
    assertThat(log).containsEntry("client/klient", 1).containsEntry("client/journalanteckningar", 3)
        .containsEntry("client/fakta om behandling", 1).containsEntry("client/teamhistorik", 1)
        .containsEntry("housing/vårdkedjeärenden", 1).containsEntry("housing/placeringar", 1)
        .containsEntry("housing/uppsökande kontakter", 1).containsEntry("followup/bedömningar (ASI/DUR)", 1)
        .containsEntry("workplan/arbetsplaner", 1).containsEntry("workplan/arbetsplansversioner", 1)
        .containsEntry("workplan/mål och åtgärder", 1).containsEntry("eviction/vräkningsärenden", 1)
        .containsEntry("eviction/vräkningssignaler", 1).containsEntry("eviction/kontaktförsök", 1)
        .containsEntry("eviction/hyresgäster", 1).containsEntry("landlord/kontakter med hyresvärdar", 1)
        .containsEntry("notify/aviseringar", 1).containsEntry("engine/processinstanser (historik)", 1);
    assertThat(removalLog(runId, alias)).containsEntry("client/klient", 1).containsEntry("client/journalanteckningar", 0);

    Map<String, Integer> expected = new java.util.TreeMap<>(before);
    expected.merge("client_journal_entry", 1, Integer::sum);   // the late comer's new entry
    Map.of("client", 2, "client_journal_entry", 4, "client_fact", 1, "client_team_member", 1, "journey", 1,
        "placement", 1, "outreach_contact", 1, "followup_assessment", 1, "work_plan", 1, "work_plan_version", 1)
        .forEach((table, n) -> expected.merge(table, -n, Integer::sum));
    Map.of("work_plan_goal", 1, "eviction_case", 2, "eviction_signal", 2, "eviction_contact_attempt", 2,
        "eviction_case_tenant", 2, "partner_contact", 1, "notification_outbox", 1, "partner", 0)
        .forEach((table, n) -> expected.merge(table, -n, Integer::sum));
    assertThat(counts()).as("exactly the due clients' rows, nothing else").isEqualTo(expected);
    for (long kept : List.of(heldByManager, lateComer, exempt, exemptCoordination, recent, openJourney, withProcess)) {
      assertThat(data.count("client", "id = ?", kept)).as("client " + kept + " kept").isEqualTo(1);
    }
    assertThat(data.count("client_journal_entry", "client_id = ?", recent)).isEqualTo(1);
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(dueInstance).count())
        .as("the removed client's engine history").isZero();
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(dueInstance).count()).isZero();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(dueInstance).count()).isZero();
    assertThat(history.createHistoricDetailQuery().processInstanceId(dueInstance).count()).isZero();
    assertThat(history.createUserOperationLogQuery().processInstanceId(dueInstance).count()).isZero();
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceIds(Set.of(keptInstance, runningInstance)).count())
        .as("the kept clients' history").isEqualTo(2);
  }

  @Test
  void aYearWithNothingDueEndsWithoutATask() {
    ClockUtil.setCurrentTime(Staff.date(RUN.minusYears(20)));
    ProcessInstance pi = fireYearlyTimer(RUN.minusYears(20));
    staff.runDueJobs(pi);
    assertThat(pi).isEnded().hasPassed("EndEvent_NothingDue").hasNotPassed(RetentionConstants.TASK_APPROVE);
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).variableName("dueCount")
        .singleResult().getValue()).isEqualTo(0);
  }

  private ProcessInstance fireYearlyTimer() {
    return fireYearlyTimer(RUN);
  }

  private ProcessInstance fireYearlyTimer(LocalDateTime due) {
    Job timer = management.createJobQuery().jobDefinitionId(management.createJobDefinitionQuery()
        .processDefinitionKey(RetentionConstants.PROCESS_KEY).activityIdIn("StartEvent_Yearly").singleResult().getId())
        .singleResult();
    management.setJobDuedate(timer.getId(), Staff.date(due));
    Set<String> before = instances();
    ClockUtil.setCurrentTime(Staff.date(due.plusMinutes(1)));
    management.executeJob(timer.getId());
    List<String> started = new ArrayList<>(instances());
    started.removeAll(before);
    assertThat(started).hasSize(1);
    return runtime.createProcessInstanceQuery().processInstanceId(started.get(0)).singleResult();
  }

  private Set<String> instances() {
    return runtime.createProcessInstanceQuery().processDefinitionKey(RetentionConstants.PROCESS_KEY).list().stream()
        .map(ProcessInstance::getId).collect(Collectors.toSet());
  }

  private String caseTracked(String caseNumber) {
    cases.add(caseNumber);
    return caseNumber;
  }

  private long track(long client) {
    clients.add(client);
    return client;
  }

  private Map<String, Integer> removalLog(long runId, long client) {
    Map<String, Integer> log = new java.util.HashMap<>();
    jdbc.query("SELECT r.module, r.kind, r.removed_count, r.approved_by FROM retention_removal r JOIN retention_candidate c"
        + " ON c.id = r.candidate_id WHERE c.run_id = ? AND c.client_id = ?", rs -> {
          assertThat(rs.getString(4)).isEqualTo("eva");
          log.put(rs.getString(1) + "/" + rs.getString(2), rs.getInt(3));
        }, runId, client);
    return log;
  }

  static final List<String> TABLES = List.of("client", "client_journal_entry", "client_fact", "client_team_member",
      "journey", "placement", "outreach_contact", "placement_review", "relapse", "apartment_queue", "apartment",
      "followup_assessment", "followup_due", "sip_target", "care_plan", "work_plan", "work_plan_version",
      "work_plan_goal", "work_plan_action", "eviction_case", "eviction_signal", "eviction_contact_attempt",
      "eviction_case_tenant", "partner", "partner_contact", "notification_outbox", "access_log");

  private Map<String, Integer> counts() {
    Map<String, Integer> counts = new java.util.TreeMap<>();
    TABLES.forEach(t -> counts.put(t, jdbc.queryForObject("SELECT COUNT(*) FROM " + t, Integer.class)));
    return counts;
  }
}
