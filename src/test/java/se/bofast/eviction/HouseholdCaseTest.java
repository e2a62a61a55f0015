package se.bofast.eviction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.bofast.client.ClientService;
import se.bofast.platform.web.InvalidInputException;
import se.bofast.support.AppTest;
import se.bofast.support.Staff;
import se.bofast.support.TestPersonnummer;

/**
 * One household, one case: a signal naming any tenant of an open case (the tenant or a
 * co-tenant), or the same address with the same landlord, joins that case, and every tenant
 * named is on it; over the service, as landlords' systems reach it, and from the Tasklist
 * start form.
 */
@AppTest
class HouseholdCaseTest {

  static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
  static final String LANDLORD = "556677-8899";
  static final String OTHER_LANDLORD = "556016-0680";

  @Autowired SignalIntake intake;
  @Autowired CaseViews cases;
  @Autowired CaseSteps steps;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 3, 2, 9, 0).atZone(STOCKHOLM).toInstant()));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aSignalNamingBothTenantsOpensOneCaseWithBoth() {
    String tove = TestPersonnummer.next();
    String erik = TestPersonnummer.next();
    SignalIntake.Receipt receipt = intake.receive(signal("BOTH-" + tove, tove, "Tove Ek", street(tove), LANDLORD)
        .withCoTenants(List.of(new Signal.CoTenant(erik, "Erik Ek"))), "intake");

    assertThat(receipt.created()).isTrue();
    CaseView opened = cases.get(receipt.evictionCase().caseId());
    assertThat(opened.tenants()).extracting(CaseView.TenantView::name, CaseView.TenantView::mainTenant)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Tove Ek", true),
            org.assertj.core.groups.Tuple.tuple("Erik Ek", false));
    assertThat(opened.tenants()).allMatch(t -> t.addedOn().equals(java.time.LocalDate.of(2026, 3, 2)));
    assertThat(openCasesOf(erik)).as("the co-tenant has no case of his own").isEqualTo(1);
  }

  @Test
  void aLaterSignalNamingOnlyTheCoTenantJoinsTheSameCase() {
    String tove = TestPersonnummer.next();
    String erik = TestPersonnummer.next();
    CaseView opened = intake.receive(signal("CO-1-" + tove, tove, "Tove Ek", street(tove), LANDLORD)
        .withCoTenants(List.of(new Signal.CoTenant(erik, "Erik Ek"))), "intake").evictionCase();

    // Kronofogden's notice names only Erik, as the tenant, without an address match (no landlord)
    SignalIntake.Receipt later = intake.receive(new Signal("KFM-" + erik, SignalSource.KRONOFOGDEN,
        SignalType.EVICTION_DATE_SET, erik, "Erik Ek", "Annan gata 9", "11821", "Stockholm", null, null, null, null,
        null, null, LocalDateTime.of(2026, 4, 20, 10, 0)), "intake");

    assertThat(later.created()).isFalse();
    assertThat(later.duplicate()).isFalse();
    assertThat(later.evictionCase().caseId()).isEqualTo(opened.caseId());
    CaseView updated = cases.get(opened.caseId());
    assertThat(updated.signals()).hasSize(2);
    assertThat(updated.evictionDate()).isEqualTo(LocalDateTime.of(2026, 4, 20, 10, 0));
    assertThat(updated.tenants()).extracting(CaseView.TenantView::name).containsExactly("Tove Ek", "Erik Ek");
    assertThat(updated.tenantName()).as("the case stays the main tenant's").isEqualTo("Tove Ek");

    // a third signal naming Erik as the tenant and a new co-tenant: she joins the household
    String alva = TestPersonnummer.next();
    intake.receive(signal("CO-3-" + erik, erik, "Erik Ek", "Annan gata 9", null)
        .withCoTenants(List.of(new Signal.CoTenant(alva, "Alva Ek"))), "intake");
    assertThat(cases.get(opened.caseId()).tenants()).extracting(CaseView.TenantView::name)
        .containsExactly("Tove Ek", "Erik Ek", "Alva Ek");
    assertThat(openCasesOf(tove) + openCasesOf(erik) + openCasesOf(alva)).isEqualTo(3);
  }

  @Test
  void theSameAddressWithTheSameLandlordJoinsTheCaseAnotherLandlordOrNoneDoesNot() {
    String tove = TestPersonnummer.next();
    String street = street(tove);
    CaseView opened = intake.receive(signal("ADDR-1-" + tove, tove, "Tove Ek", street, LANDLORD), "intake")
        .evictionCase();

    // the partner, on a notice of their own: the same address written differently, the same landlord
    String kim = TestPersonnummer.next();
    SignalIntake.Receipt partner = intake.receive(signal("ADDR-2-" + kim, kim, "Kim Berg",
        street.toUpperCase().replace(" ", "  ") + ".", "556677-8899"), "intake");
    assertThat(partner.created()).isFalse();
    assertThat(partner.evictionCase().caseId()).isEqualTo(opened.caseId());
    assertThat(cases.get(opened.caseId()).tenants()).extracting(CaseView.TenantView::name)
        .containsExactly("Tove Ek", "Kim Berg");

    // a neighbour's landlord at the same address (a different lease) and a signal without a landlord
    String sam = TestPersonnummer.next();
    SignalIntake.Receipt otherLandlord = intake.receive(signal("ADDR-3-" + sam, sam, "Sam Lund", street,
        OTHER_LANDLORD), "intake");
    assertThat(otherLandlord.created()).isTrue();
    assertThat(otherLandlord.evictionCase().caseId()).isNotEqualTo(opened.caseId());
    String noa = TestPersonnummer.next();
    SignalIntake.Receipt noLandlord = intake.receive(signal("ADDR-4-" + noa, noa, "Noa Lund", street, null),
        "intake");
    assertThat(noLandlord.created()).as("an address alone does not make a household").isTrue();
    // and the same street in another postal code is another address
    String ida = TestPersonnummer.next();
    SignalIntake.Receipt otherPostalCode = intake.receive(new Signal("ADDR-5-" + ida, SignalSource.LANDLORD,
        SignalType.RENT_ARREARS, ida, "Ida Ek", street, "11822", "Stockholm", "Familjebostäder", LANDLORD, 0, null,
        null, null, null), "intake");
    assertThat(otherPostalCode.created()).isTrue();
  }

  @Test
  void theSameSignalAgainIsRecognisedAndAddsNoTenant() {
    String tove = TestPersonnummer.next();
    String erik = TestPersonnummer.next();
    Signal signal = signal("DUP-" + tove, tove, "Tove Ek", street(tove), LANDLORD)
        .withCoTenants(List.of(new Signal.CoTenant(erik, "Erik Ek")));
    long caseId = intake.receive(signal, "intake").evictionCase().caseId();
    SignalIntake.Receipt again = intake.receive(signal, "intake");
    assertThat(again.duplicate()).isTrue();
    assertThat(again.evictionCase().caseId()).isEqualTo(caseId);
    assertThat(jdbc.queryForObject("SELECT count(*) FROM eviction_case_tenant WHERE case_id = ?", Integer.class,
        caseId)).isEqualTo(2);
    assertThat(jdbc.queryForObject("SELECT count(*) FROM eviction_signal WHERE case_id = ?", Integer.class, caseId))
        .isEqualTo(1);
  }

  @Test
  void aClosedCaseReleasesItsHouseholdAndTheNextSignalOpensANewCase() {
    String tove = TestPersonnummer.next();
    String erik = TestPersonnummer.next();
    CaseView first = intake.receive(signal("CLOSE-1-" + tove, tove, "Tove Ek", street(tove), LANDLORD)
        .withCoTenants(List.of(new Signal.CoTenant(erik, "Erik Ek"))), "intake").evictionCase();
    steps.recordOutcome(first.caseId(), Outcome.WITHDRAWN, 0, null, null);
    runtimeService.deleteProcessInstance(first.processInstanceId(), "test: case closed through CaseSteps");
    assertThat(jdbc.queryForObject("SELECT count(*) FROM eviction_case_tenant WHERE case_id = ? AND open_key IS NULL",
        Integer.class, first.caseId())).as("both released").isEqualTo(2);

    SignalIntake.Receipt again = intake.receive(signal("CLOSE-2-" + erik, erik, "Erik Ek", street(tove), LANDLORD),
        "intake");
    assertThat(again.created()).isTrue();
    assertThat(again.evictionCase().caseId()).isNotEqualTo(first.caseId());
    assertThat(cases.get(first.caseId()).tenants()).as("the closed case keeps its household").hasSize(2);
  }

  @Test
  void theStartFormNamesACoTenantAndKeepsBothOutOfTheProcess() {
    String tove = TestPersonnummer.next();
    String erik = TestPersonnummer.next();
    Staff staff = new Staff(engine);
    Map<String, Object> form = startForm(tove, "Tove Ek", street(tove));
    form.put("coTenantPersonalNumber", erik);
    form.put("coTenantName", "Erik Ek");
    ProcessInstance pi = staff.start(EvictionConstants.PROCESS_KEY, "bosamordnare", form);
    long caseId = ((Number) runtimeService.getVariable(pi.getId(), "evictionCaseId")).longValue();
    assertThat(cases.get(caseId).tenants()).extracting(CaseView.TenantView::name)
        .containsExactly("Tove Ek", "Erik Ek");
    assertThat(runtimeService.getVariables(pi.getId()))
        .doesNotContainKeys("coTenantPersonalNumber", "coTenantName", "tenantPersonalNumber", "tenantName");

    // a phone call about Erik alone, from another address: added to the household's case
    ProcessInstance call = staff.start(EvictionConstants.PROCESS_KEY, "bosamordnare",
        startForm(erik, "Erik Ek", "Annan gata 9"));
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(call).isEnded()
        .hasPassed("EndEvent_AddedToCase");
    assertThat(cases.get(caseId).signals()).hasSize(2);
  }

  @Test
  void theStartFormRefusesABadCoTenantAndStoresNothing() {
    String tove = TestPersonnummer.next();
    int casesBefore = count("eviction_case");
    int tenantsBefore = count("eviction_case_tenant");
    Staff staff = new Staff(engine);
    Map<String, Object> badNumber = startForm(tove, "Tove Ek", street(tove));
    badNumber.put("coTenantPersonalNumber", "19121212-1213");
    badNumber.put("coTenantName", "Erik Ek");
    assertThatThrownBy(() -> staff.start(EvictionConstants.PROCESS_KEY, "bosamordnare", badNumber))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Medhyresgäst 1: Ogiltigt personnummer eller samordningsnummer: kontrollsiffran stämmer inte.");
    Map<String, Object> noName = startForm(tove, "Tove Ek", street(tove));
    noName.put("coTenantPersonalNumber", TestPersonnummer.next());
    assertThatThrownBy(() -> staff.start(EvictionConstants.PROCESS_KEY, "bosamordnare", noName))
        .isInstanceOf(InvalidInputException.class).hasMessage("Ange medhyresgästens namn.");
    assertThat(count("eviction_case")).isEqualTo(casesBefore);
    assertThat(count("eviction_case_tenant")).isEqualTo(tenantsBefore);
  }

  @Test
  void anAddressKeyComparesTheStreetWithoutCaseSpacesAndPunctuation() {
    String key = HouseholdCases.addressKey("Sveavägen 1 A, lgh 1102", "11359", LANDLORD);
    assertThat(HouseholdCases.addressKey("sveavägen 1A lgh 1102", "11359", LANDLORD)).isEqualTo(key);
    assertThat(HouseholdCases.addressKey("Sveavägen 1 A, lgh 1103", "11359", LANDLORD)).isNotEqualTo(key);
    assertThat(HouseholdCases.addressKey("Sveavägen 1 A, lgh 1102", "11360", LANDLORD)).isNotEqualTo(key);
    assertThat(HouseholdCases.addressKey("Sveavägen 1 A, lgh 1102", "11359", OTHER_LANDLORD)).isNotEqualTo(key);
    assertThat(HouseholdCases.addressKey("Sveavägen 1 A, lgh 1102", "11359", null)).isNull();
    assertThat(key).as("no address in the key").hasSize(64).doesNotContain("sveav");
  }

  // --- helpers --------------------------------------------------------------------------------

  /** An address of the household's own (one lease per test household). */
  static String street(String pnr) {
    return "Sveavägen 1 lgh " + pnr.replace("-", "").substring(6);
  }

  private static Signal signal(String reference, String pnr, String name, String street, String landlord) {
    return new Signal(reference, SignalSource.LANDLORD, SignalType.RENT_ARREARS, pnr, name, street, "113 59",
        "Stockholm", landlord == null ? null : "Familjebostäder", landlord, 0, BigDecimal.valueOf(12400), null, null,
        null);
  }

  private static Map<String, Object> startForm(String pnr, String name, String street) {
    return new HashMap<>(Map.of("source", "SOCIAL_SERVICES", "signalType", "EARLY_WARNING",
        "tenantPersonalNumber", pnr, "tenantName", name, "street", street, "postalCode", "113 59",
        "city", "Stockholm", "childrenInHousehold", 0));
  }

  private int openCasesOf(String pnr) {
    return jdbc.queryForObject("SELECT count(*) FROM eviction_case_tenant t JOIN eviction_case c ON c.id = t.case_id"
        + " WHERE t.personal_number = ? AND c.status = 'OPEN'", Integer.class,
        ClientService.normalizePersonalNumber(pnr));
  }

  private int count(String table) {
    return jdbc.queryForObject("SELECT count(*) FROM " + table, Integer.class);
  }
}
