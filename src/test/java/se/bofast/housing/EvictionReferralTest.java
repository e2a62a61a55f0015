package se.bofast.housing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Blob;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.bofast.client.ClientService;
import se.bofast.client.ClientView;
import se.bofast.client.Needs;
import se.bofast.housing.JourneyViews.JourneyView;
import se.bofast.housing.JourneyViews.PlacementView;
import se.bofast.support.AppTest;
import se.bofast.support.Staff;
import se.bofast.support.TestPersonnummer;

/**
 * An eviction that ends in EVICTED refers the household to the housing chain: the client is
 * found or registered through the client register, and client-journey starts with ids only,
 * so neither the personnummer nor the name is in any of the new instance's variables, at run
 * time or in history. Driven through both processes as staff and the job executor drive them.
 */
@AppTest
class EvictionReferralTest {

  private static final String EVICTION = "eviction-prevention";
  private static final String SHELTER = "Härbärget Skarpnäck";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired ClientService clients;
  @Autowired JourneyViews journeys;
  @Autowired JdbcTemplate jdbc;

  Staff staff;

  final List<String> evictionInstances = new ArrayList<>();

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    staff = new Staff(engine);
    ClockUtil.setCurrentTime(Staff.date(LocalDateTime.of(2026, 3, 2, 9, 0)));
  }

  /** Evicted cases wait three months for their follow-up: deleted, so their timer fires in no other test. */
  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    evictionInstances.stream()
        .filter(id -> runtimeService.createProcessInstanceQuery().processInstanceId(id).count() > 0)
        .forEach(id -> runtimeService.deleteProcessInstance(id, "test over"));
  }

  @Test
  void anEvictedTenantIsRegisteredAndTheJourneyStartsWithIdsOnly() {
    String pnr = TestPersonnummer.next();
    String name = "Tove Ekvallius";
    Referred referred = evict(pnr, name, 1);

    ClientView client = clients.findByPersonalNumber(pnr).orElseThrow();
    assertThat(client.identified()).isTrue();
    assertThat(client.firstName()).isEqualTo("Tove");
    assertThat(client.lastName()).isEqualTo("Ekvallius");
    assertThat(client.childrenInHousehold()).as("the eviction case's household").isEqualTo(1);
    assertThat(client.needs()).isEqualTo(Needs.PSYCHIATRIC);

    JourneyView journey = journeys.viewByCaseNumber(referred.journeyCaseNumber());
    assertJourneyAsBefore(journey, client, referred);

    assertNoPersonalDataIn(journey.processInstanceId(), pnr, name);
    assertThat(variableNames(journey.processInstanceId()))
        .as("the referral does not rebuild the start form: no clientType, no personal fields")
        .doesNotContain("clientType", "personalNumber", "firstName", "lastName")
        .contains(HousingConstants.VAR_CLIENT_ID, HousingConstants.VAR_EVICTION_CASE_NUMBER);
  }

  @Test
  void aTenantAlreadyInTheRegisterIsFoundNotRegisteredAgain() {
    String pnr = TestPersonnummer.next();
    String name = "Vilma Sandqvistberg";
    ClientView registered = clients.registerIdentified(pnr, "Vilma", "Sandqvistberg", 3, Needs.ADDICTION, "kim");

    Referred referred = evict(pnr, name, 0);

    ClientView client = clients.findByPersonalNumber(pnr).orElseThrow();
    assertThat(client.id()).isEqualTo(registered.id());
    assertThat(client.childrenInHousehold()).as("the household as the eviction case knows it").isZero();
    assertThat(client.needs()).as("the register's needs are kept").isEqualTo(Needs.ADDICTION);
    assertThat(jdbc.queryForObject("SELECT count(*) FROM client WHERE personal_number = ?", Long.class,
        client.personalNumber())).isEqualTo(1L);

    JourneyView journey = journeys.viewByCaseNumber(referred.journeyCaseNumber());
    assertJourneyAsBefore(journey, client, referred);
    assertThat(journey.complexNeeds()).as("needs PSYCHIATRIC in the referral, ADDICTION in the register").isFalse();
    assertNoPersonalDataIn(journey.processInstanceId(), pnr, name);
  }

  private void assertJourneyAsBefore(JourneyView journey, ClientView client, Referred referred) {
    assertThat(journey.open()).isTrue();
    assertThat(journey.clientId()).isEqualTo(client.id());
    assertThat(journey.placements()).extracting(PlacementView::step).containsExactly(Step.HARBARGE);
    assertThat(journey.placements()).extracting(PlacementView::place).containsExactly(SHELTER);
    assertThat(journey.placements().get(0).endDate()).isNull();
    ProcessInstance pi = runtimeService.createProcessInstanceQuery()
        .processInstanceId(journey.processInstanceId()).singleResult();
    assertThat(pi.getBusinessKey()).isEqualTo(journey.caseNumber());
    assertThat(pi).isWaitingAt("Task_OutreachContact");
    assertThat(runtimeService.getVariable(pi.getId(), HousingConstants.VAR_EVICTION_CASE_NUMBER))
        .isEqualTo(referred.evictionCaseNumber());
    assertThat(((Number) runtimeService.getVariable(pi.getId(), HousingConstants.VAR_CLIENT_ID)).longValue())
        .isEqualTo(client.id());
    assertThat(runtimeService.getVariable(pi.getId(), HousingConstants.VAR_CLIENT_DISPLAY_NAME))
        .as("what Tasklist shows: first name and initial").isEqualTo(client.displayName());
  }

  /** No text or byte value of the instance's variables, now or in history, holds the personnummer or the name. */
  private void assertNoPersonalDataIn(String processInstanceId, String pnr, String name) {
    String tenDigits = pnr.substring(2).replace("-", "");
    List<String> forbidden = List.of(tenDigits, pnr.substring(2), name, name.substring(name.indexOf(' ') + 1));
    Map<String, List<Map<String, Object>>> rows = new HashMap<>();
    rows.put("ACT_RU_VARIABLE", jdbc.queryForList("SELECT v.NAME_, v.TEXT_, v.TEXT2_, b.BYTES_ FROM ACT_RU_VARIABLE v "
        + "LEFT JOIN ACT_GE_BYTEARRAY b ON b.ID_ = v.BYTEARRAY_ID_ WHERE v.PROC_INST_ID_ = ?", processInstanceId));
    rows.put("ACT_HI_VARINST", jdbc.queryForList("SELECT v.NAME_, v.TEXT_, v.TEXT2_, b.BYTES_ FROM ACT_HI_VARINST v "
        + "LEFT JOIN ACT_GE_BYTEARRAY b ON b.ID_ = v.BYTEARRAY_ID_ WHERE v.PROC_INST_ID_ = ?", processInstanceId));
    rows.put("ACT_HI_DETAIL", jdbc.queryForList("SELECT d.NAME_, d.TEXT_, d.TEXT2_, b.BYTES_ FROM ACT_HI_DETAIL d "
        + "LEFT JOIN ACT_GE_BYTEARRAY b ON b.ID_ = d.BYTEARRAY_ID_ WHERE d.PROC_INST_ID_ = ?", processInstanceId));
    assertThat(rows.get("ACT_RU_VARIABLE")).as("the journey has its variables").isNotEmpty();
    assertThat(rows.get("ACT_HI_VARINST")).as("and their history").isNotEmpty();
    rows.forEach((table, list) -> list.forEach(row -> {
      String values = text(row.get("TEXT_")) + "|" + text(row.get("TEXT2_")) + "|" + text(row.get("BYTES_"));
      forbidden.forEach(value -> assertThat(values)
          .as("%s %s holds no personnummer and no name", table, row.get("NAME_")).doesNotContain(value));
    }));
  }

  private List<String> variableNames(String processInstanceId) {
    List<String> names = new ArrayList<>();
    historyService.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId).list()
        .forEach(v -> names.add(v.getName()));
    return names;
  }

  record Referred(String evictionCaseNumber, String journeyCaseNumber) {
  }

  /** A phone call about an eviction date; contact, the landlord, and the outcome EVICTED; the referral job runs. */
  private Referred evict(String pnr, String name, int children) {
    Map<String, Object> form = new HashMap<>(Map.of("source", "KRONOFOGDEN", "signalType", "EVICTION_DATE_SET",
        "tenantPersonalNumber", pnr, "tenantName", name, "street", "Sveavägen 1", "postalCode", "113 59",
        "city", "Stockholm", "childrenInHousehold", children));
    form.put("evictionDate", "2026-03-20T09:00");
    ProcessInstance pi = staff.start(EVICTION, "bosamordnare", form);
    evictionInstances.add(pi.getId());
    String evictionCaseNumber = (String) runtimeService.getVariable(pi.getId(), "caseNumber");
    staff.complete(pi, "Task_ContactTenant", "bosamordnare",
        Map.of("channel", "PHONE", "attemptDate", "2026-03-02", "reached", true, "childrenInHousehold", children,
            "outOfOrderReason", "Avhysning om 18 dagar: brev hinner inte fram"));
    if (children > 0) {
      staff.complete(pi, "Task_UvTeam", "socialsekreterare",
          Map.of("meetingDate", "2026-03-02", "jointDecisionMade", true, "uvMeasures", "Hembesök och akut boende",
              "uvResponsible", "Barn och familj", "uvActBy", "2026-03-06",
              "journalText", "Gemensamt beslut om hembesök och akut boende."));
      staff.complete(pi, "Task_HomeVisit", "bosamordnare", Map.of("visitDate", "2026-03-02",
          "childrenAffected", children, "journalText", "Hembesök hos familjen."));
    }
    staff.complete(pi, "Task_LandlordContact", "bosamordnare",
        Map.of("landlordContactDate", "2026-03-02", "landlordChannel", "PHONE", "landlordResult", "NO_AGREEMENT"));
    staff.complete(pi, "Task_RecordOutcome", "bosamordnare", new HashMap<>(Map.of("outcome", "EVICTED",
        "outcomeDate", "2026-03-02", "childrenAffected", children, "socialServicesPresent", true, "needs", "PSYCHIATRIC",
        "situationAfter", "HARBARGE", "shelterName", SHELTER,
        "journalText", "Avhysningen verkställdes; remiss till vårdkedjan.")));
    staff.runDueJobs(pi);
    assertThat(pi).hasPassed("Task_ReferToChain").isWaitingAt("Timer_FollowUp");
    String journeyCaseNumber = (String) historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(pi.getId()).variableName("clientJourneyCaseNumber").singleResult().getValue();
    assertThat(journeyCaseNumber).matches("VK-\\d{4}-\\d{5}");
    return new Referred(evictionCaseNumber, journeyCaseNumber);
  }

  private static String text(Object value) {
    if (value instanceof byte[] bytes) {
      return new String(bytes, StandardCharsets.UTF_8);
    }
    if (value instanceof Blob blob) {
      try {
        return new String(blob.getBytes(1, (int) blob.length()), StandardCharsets.UTF_8);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
    return String.valueOf(value);
  }
}
