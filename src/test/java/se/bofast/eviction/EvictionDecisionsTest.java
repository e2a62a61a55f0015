package se.bofast.eviction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.bofast.platform.web.InvalidInputException;
import se.bofast.support.AppTest;
import se.bofast.support.Staff;
import se.bofast.support.TestHttp;
import se.bofast.support.TestPersonnummer;

/**
 * What the steps of eviction-prevention decide is stored on the case (issue 12, item 4), not only
 * in the engine's history: each fact is entered in its task form by a member of the task's
 * candidate group, read back from its column and from GET /api/eviction-cases/{id}; a refused
 * form stores nothing.
 */
@AppTest
class EvictionDecisionsTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired SignalIntake intake;
  @Autowired JdbcTemplate jdbc;

  Staff staff;
  TestHttp http;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    staff = new Staff(engine);
    http = new TestHttp(port);
    ClockUtil.setCurrentTime(at(2026, 3, 2, 9));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theUvTeamsJointDecisionIsStoredAndItsFreeTextLeavesNoVariableNorHistory() {
    Opened family = reachedFamily(SignalType.RENT_ARREARS, 2, null);
    Map<String, Object> decision = new HashMap<>(Map.of("meetingDate", "2026-03-02", "jointDecisionMade", true,
        "uvMeasures", "Barn och familj gör hembesök; hyresvärden kontaktas om avbetalningsplan.",
        "uvResponsible", "Barn och familj, Söderort", "uvActBy", "2026-03-09",
        "journalText", "Samråd med Barn och familj: hyresskulden hotar barnens boende; åtgärderna beslutades gemensamt."));

    refused(family, "Task_UvTeam", "socialsekreterare", without(decision, "uvMeasures"), "uvMeasures");
    refused(family, "Task_UvTeam", "socialsekreterare", with(decision, "uvMeasures", "   "), "uvMeasures");
    refused(family, "Task_UvTeam", "socialsekreterare", without(decision, "uvResponsible"), "uvResponsible");
    refused(family, "Task_UvTeam", "socialsekreterare", without(decision, "uvActBy"), "uvActBy");
    refused(family, "Task_UvTeam", "socialsekreterare", with(decision, "uvActBy", "2026-03-01"), "uvActBy");
    refused(family, "Task_UvTeam", "socialsekreterare", with(decision, "meetingDate", "2026-03-03"), "meetingDate");
    refused(family, "Task_UvTeam", "socialsekreterare", with(decision, "meetingDate", "2026-02-27"), "meetingDate");
    refused(family, "Task_UvTeam", "socialsekreterare", with(decision, "jointDecisionMade", false),
        "jointDecisionMade");
    assertThat(column(family, "uv_decided_on")).as("nothing half-stored").isNull();
    assertThat(column(family, "uv_measures")).isNull();

    staff.complete(family.pi(), "Task_UvTeam", "socialsekreterare", decision);

    assertThat(column(family, "uv_decided_on")).isEqualTo(java.sql.Date.valueOf("2026-03-02"));
    assertThat(column(family, "uv_measures"))
        .isEqualTo("Barn och familj gör hembesök; hyresvärden kontaktas om avbetalningsplan.");
    assertThat(column(family, "uv_responsible")).isEqualTo("Barn och familj, Söderort");
    assertThat(column(family, "uv_act_by")).isEqualTo(java.sql.Date.valueOf("2026-03-09"));
    JsonNode uv = view(family).path("uvTeamDecision");
    assertThat(uv.path("decidedOn").asText()).isEqualTo("2026-03-02");
    assertThat(uv.path("measures").asText()).startsWith("Barn och familj gör hembesök");
    assertThat(uv.path("responsible").asText()).isEqualTo("Barn och familj, Söderort");
    assertThat(uv.path("actBy").asText()).isEqualTo("2026-03-09");

    List<String> freeText = List.of("uvMeasures", "uvResponsible", "journalText");
    assertThat(EvictionPersonalData.NAMES).containsAll(freeText);
    String pid = family.pi().getId();
    assertThat(runtimeService.getVariables(pid)).doesNotContainKeys(freeText.toArray(String[]::new))
        .containsKeys("meetingDate", "uvActBy");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pid).includeDeleted()
        .variableNameIn(freeText.toArray(String[]::new)).count()).isZero();
    assertThat(historyService.createHistoricDetailQuery().processInstanceId(pid).variableUpdates().list())
        .extracting(d -> ((HistoricVariableUpdate) d).getVariableName())
        .contains("meetingDate", "uvActBy").doesNotContainAnyElementsOf(freeText);
  }

  @Test
  void theHomeVisitStoresTheChildrenAffected() {
    Opened family = reachedFamily(SignalType.RENT_ARREARS, 2, null);
    refused(family, "Task_HomeVisit", "bosamordnare", Map.of("visitDate", "2026-03-02",
        "journalText", "Hembesök."), "childrenAffected");
    staff.complete(family.pi(), "Task_HomeVisit", "bosamordnare", Map.of("visitDate", "2026-03-02",
        "childrenAffected", 2, "journalText", "Hembesök: två barn i skolåldern, familjen vill bo kvar."));
    assertThat(column(family, "children_affected")).isEqualTo(2);
    assertThat(view(family).path("childrenAffected").asInt()).isEqualTo(2);
  }

  @Test
  void aGrantedAidDecisionIsStoredWithItsAmountAndDate() {
    Opened family = atTheAidDecision();
    Map<String, Object> granted = new HashMap<>(Map.of("aidDecision", "GRANTED", "aidAmountSek", 14500,
        "aidDecisionDate", "2026-03-02", "journalText", "Beviljas: skulden hotar barnfamiljens boende."));
    refused(family, "Task_DecideAid", "socialsekreterare", without(granted, "aidAmountSek"), "aidAmountSek");
    refused(family, "Task_DecideAid", "socialsekreterare", with(granted, "aidAmountSek", 0), "aidAmountSek");
    refused(family, "Task_DecideAid", "socialsekreterare", without(granted, "aidDecisionDate"), "aidDecisionDate");
    refused(family, "Task_DecideAid", "socialsekreterare", with(granted, "aidDecisionDate", "2026-03-03"),
        "aidDecisionDate");
    refused(family, "Task_DecideAid", "socialsekreterare", without(granted, "aidDecision"), "aidDecision");
    assertThat(column(family, "aid_decision")).as("nothing half-stored").isNull();

    staff.complete(family.pi(), "Task_DecideAid", "socialsekreterare", granted);

    assertThat(column(family, "aid_decision")).isEqualTo("GRANTED");
    assertThat((BigDecimal) column(family, "aid_amount_sek")).isEqualByComparingTo("14500");
    assertThat(column(family, "aid_decided_on")).isEqualTo(java.sql.Date.valueOf("2026-03-02"));
    JsonNode aid = view(family).path("aidDecision");
    assertThat(aid.path("decision").asText()).isEqualTo("GRANTED");
    assertThat(aid.path("amountSek").decimalValue()).isEqualByComparingTo("14500");
    assertThat(aid.path("decidedOn").asText()).isEqualTo("2026-03-02");
    assertThat(family.pi()).isWaitingAt("Task_RecordOutcome");
  }

  @Test
  void aRefusedAidDecisionIsStoredWithItsDateAndWithoutAnAmount() {
    Opened family = atTheAidDecision();
    staff.complete(family.pi(), "Task_DecideAid", "socialsekreterare",
        Map.of("aidDecision", "REFUSED", "aidDecisionDate", "2026-03-02",
            "journalText", "Avslag: hushållet kan själv betala skulden enligt avbetalningsplanen."));
    assertThat(column(family, "aid_decision")).isEqualTo("REFUSED");
    assertThat(column(family, "aid_amount_sek")).isNull();
    assertThat(column(family, "aid_decided_on")).isEqualTo(java.sql.Date.valueOf("2026-03-02"));
    JsonNode aid = view(family).path("aidDecision");
    assertThat(aid.path("decision").asText()).isEqualTo("REFUSED");
    assertThat(aid.path("amountSek").isNull()).isTrue();
  }

  @Test
  void theOutcomeIsStoredWithItsDateAndDebtAndLeavesTheSignalsDebtAsItWas() {
    Opened household = reachedFamily(SignalType.EARLY_WARNING, 0, null);
    staff.complete(household.pi(), "Task_LandlordContact", "bosamordnare",
        Map.of("landlordContactDate", "2026-03-02", "landlordChannel", "EMAIL", "landlordResult", "PAYMENT_PLAN"));
    staff.moveClockTo(at(2026, 3, 20, 10), household.pi());
    Map<String, Object> outcome = new HashMap<>(Map.of("outcome", "PREVENTED", "outcomeDate", "2026-03-19",
        "childrenAffected", 0, "finalRentDebtSek", 3200, "journalText", "Avbetalningsplanen följs; hyresgästen bor kvar."));
    refused(household, "Task_RecordOutcome", "bosamordnare", without(outcome, "outcomeDate"), "outcomeDate");
    refused(household, "Task_RecordOutcome", "bosamordnare", with(outcome, "outcomeDate", "2026-03-21"),
        "outcomeDate");
    refused(household, "Task_RecordOutcome", "bosamordnare", with(outcome, "outcomeDate", "2026-02-27"),
        "outcomeDate");
    refused(household, "Task_RecordOutcome", "bosamordnare", with(outcome, "finalRentDebtSek", -1),
        "finalRentDebtSek");
    assertThat(column(household, "status")).as("nothing half-stored").isEqualTo("OPEN");
    assertThat(column(household, "outcome_on")).isNull();

    staff.complete(household.pi(), "Task_RecordOutcome", "bosamordnare", outcome);

    assertThat(column(household, "outcome")).isEqualTo("PREVENTED");
    assertThat(column(household, "outcome_on")).isEqualTo(java.sql.Date.valueOf("2026-03-19"));
    assertThat(column(household, "closed_on")).as("the day it was recorded")
        .isEqualTo(java.sql.Date.valueOf("2026-03-20"));
    assertThat((BigDecimal) column(household, "rent_debt_at_outcome_sek")).isEqualByComparingTo("3200");
    assertThat((BigDecimal) column(household, "rent_debt_sek")).as("the signal's debt")
        .isEqualByComparingTo("12400");
    assertThat(column(household, "children_affected")).isEqualTo(0);
    JsonNode view = view(household);
    assertThat(view.path("outcome").asText()).isEqualTo("PREVENTED");
    assertThat(view.path("outcomeOn").asText()).isEqualTo("2026-03-19");
    assertThat(view.path("rentDebtAtOutcomeSek").decimalValue()).isEqualByComparingTo("3200");
    assertThat(view.path("rentDebtSek").decimalValue()).isEqualByComparingTo("12400");
  }

  @Test
  void anEvictionStoresEmergencyHousingAndSocialServicesPresent() {
    Opened family = reachedFamily(SignalType.EVICTION_DATE_SET, 1, LocalDateTime.of(2026, 3, 12, 9, 0));
    uvTeamAndHomeVisit(family, 1);
    staff.complete(family.pi(), "Task_LandlordContact", "bosamordnare",
        Map.of("landlordContactDate", "2026-03-02", "landlordChannel", "MEETING", "landlordResult", "NO_AGREEMENT"));

    // five days before the eviction date: prepare; with children, social services must be there
    staff.moveClockTo(at(2026, 3, 7, 9), family.pi());
    refused(family, "Task_PrepareEviction", "bosamordnare",
        Map.of("socialServicesPlanned", false, "emergencyHousing", true), "socialServicesPlanned");
    assertThat(column(family, "emergency_housing")).as("nothing half-stored").isNull();
    staff.complete(family.pi(), "Task_PrepareEviction", "bosamordnare",
        Map.of("socialServicesPlanned", true, "emergencyHousing", true));
    assertThat(column(family, "emergency_housing")).isEqualTo(true);
    assertThat(view(family).path("emergencyHousing").asBoolean()).isTrue();

    staff.moveClockTo(at(2026, 3, 12, 15), family.pi());
    Map<String, Object> outcome = new HashMap<>(Map.of("outcome", "EVICTED", "outcomeDate", "2026-03-12",
        "childrenAffected", 1, "needs", "PSYCHIATRIC", "situationAfter", "OTHER",
        "journalText", "Avhysningen verkställdes; familjen fick akut boende."));
    refused(family, "Task_RecordOutcome", "bosamordnare", outcome, "socialServicesPresent");
    staff.complete(family.pi(), "Task_RecordOutcome", "bosamordnare", with(outcome, "socialServicesPresent", true));

    assertThat(column(family, "social_services_present")).isEqualTo(true);
    assertThat(column(family, "outcome_on")).isEqualTo(java.sql.Date.valueOf("2026-03-12"));
    assertThat(column(family, "children_affected")).isEqualTo(1);
    JsonNode view = view(family);
    assertThat(view.path("outcome").asText()).isEqualTo("EVICTED");
    assertThat(view.path("socialServicesPresent").asBoolean()).isTrue();
    assertThat(view.path("emergencyHousing").asBoolean()).isTrue();
    assertThat(view.path("childrenAffected").asInt()).isEqualTo(1);
  }

  // --- helpers --------------------------------------------------------------------------------

  record Opened(long caseId, ProcessInstance pi) {
  }

  /**
   * A signal (the first 28 Feb 2026, debt 12 400 kr; each household its own apartment) and a letter
   * the tenant answers on 2 March.
   */
  private Opened reachedFamily(SignalType type, int children, LocalDateTime evictionDate) {
    ClockUtil.setCurrentTime(at(2026, 2, 28, 9));
    String pnr = TestPersonnummer.next();
    boolean arrears = type == SignalType.RENT_ARREARS;
    CaseView opened = intake.receive(new Signal("DEC-" + pnr, SignalSource.LANDLORD, type, pnr, "Tove Ek",
        "Sveavägen 1, lgh " + pnr.replaceAll("\\D", ""), "113 59", "Stockholm", "Familjebostäder", "556677-8899",
        children, BigDecimal.valueOf(12400),
        arrears ? LocalDate.of(2026, 2, 23) : null, arrears ? LocalDate.of(2026, 2, 25) : null, evictionDate),
        "intake").evictionCase();
    ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceId(opened.processInstanceId())
        .singleResult();
    ClockUtil.setCurrentTime(at(2026, 3, 2, 9));
    staff.complete(pi, "Task_ContactTenant", "bosamordnare",
        Map.of("channel", "LETTER", "attemptDate", "2026-03-02", "reached", true, "childrenInHousehold", children));
    return new Opened(opened.caseId(), pi);
  }

  private void uvTeamAndHomeVisit(Opened family, int children) {
    staff.complete(family.pi(), "Task_UvTeam", "socialsekreterare", Map.of("meetingDate", "2026-03-02",
        "jointDecisionMade", true, "uvMeasures", "Hembesök och budgetrådgivning", "uvResponsible", "Barn och familj",
        "uvActBy", "2026-03-06", "journalText", "Gemensamt beslut om hembesök och budgetrådgivning."));
    staff.complete(family.pi(), "Task_HomeVisit", "bosamordnare", Map.of("visitDate", "2026-03-02",
        "childrenAffected", children, "journalText", "Hembesök hos familjen."));
  }

  private Opened atTheAidDecision() {
    Opened family = reachedFamily(SignalType.RENT_ARREARS, 2, null);
    uvTeamAndHomeVisit(family, 2);
    staff.complete(family.pi(), "Task_LandlordContact", "bosamordnare",
        Map.of("landlordContactDate", "2026-03-02", "landlordChannel", "PHONE", "landlordResult", "PAYMENT_PLAN"));
    return family;
  }

  private void refused(Opened c, String taskKey, String group, Map<String, Object> form, String field) {
    assertThatThrownBy(() -> staff.complete(c.pi(), taskKey, group, form))
        .as(taskKey + " refuses " + field)
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field));
  }

  private Object column(Opened c, String name) {
    return jdbc.queryForObject("SELECT " + name + " FROM eviction_case WHERE id = ?", Object.class, c.caseId());
  }

  private JsonNode view(Opened c) {
    TestHttp.Response answer = http.get(EvictionConstants.API_CASES + "/" + c.caseId(), "sara", "demo");
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json();
  }

  private static Map<String, Object> with(Map<String, Object> form, String key, Object value) {
    Map<String, Object> changed = new HashMap<>(form);
    changed.put(key, value);
    return changed;
  }

  private static Map<String, Object> without(Map<String, Object> form, String key) {
    Map<String, Object> changed = new HashMap<>(form);
    changed.remove(key);
    return changed;
  }

  private static Date at(int y, int m, int d, int hour) {
    return Staff.date(LocalDateTime.of(y, m, d, hour, 0));
  }
}
