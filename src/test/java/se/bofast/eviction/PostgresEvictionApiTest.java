package se.bofast.eviction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.bofast.support.PostgresAppTest;
import se.bofast.support.TestHttp;
import se.bofast.support.TestHttp.Response;
import se.bofast.support.TestPersonnummer;

/** POST /api/eviction-signals and the case endpoints, on PostgreSQL, as landlords' systems and staff use them. */
@PostgresAppTest
class PostgresEvictionApiTest {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtimeService;
  @Autowired org.camunda.bpm.engine.IdentityService identityService;

  TestHttp http;

  @BeforeEach
  void setUp() {
    http = new TestHttp(port);
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 3, 2, 9, 0).atZone(ZoneId.of("Europe/Stockholm")).toInstant()));
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
  }

  @Test
  void theSameSignalTwiceIsOneCaseAndOneProcess() {
    String body = signal("LH-1001", TestPersonnummer.next(), "RENT_ARREARS", ",\"childrenInHousehold\":0,"
        + "\"noticeServedDate\":\"2026-02-20\",\"socialServicesNotifiedDate\":\"2026-02-24\"");
    Response first = http.postJson("/api/eviction-signals", "intake", "demo", body);
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    JsonNode created = first.json();
    assertThat(created.get("caseNumber").asText()).matches("VR-2026-\\d{5}");
    assertThat(created.get("priority").asText()).isEqualTo("HIGH");
    assertThat(created.get("reclaimDeadline").asText()).as("24 Feb + 3 weeks").isEqualTo("2026-03-17");
    assertThat(created.get("status").asText()).isEqualTo("OPEN");
    assertThat(created.get("correlated").asBoolean()).isFalse();

    Response again = http.postJson("/api/eviction-signals", "intake", "demo", body);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().get("caseId").asLong()).isEqualTo(created.get("caseId").asLong());
    assertThat(again.json().get("correlated").asBoolean()).isFalse();
    long caseId = created.get("caseId").asLong();
    assertThat(count("SELECT count(*) FROM eviction_signal WHERE case_id = ?", caseId)).isEqualTo(1);
    assertThat(runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(created.get("caseNumber").asText()).count()).isEqualTo(1);
  }

  @Test
  void aSecondSignalForTheTenantUpdatesTheSameCase() {
    String pnr = TestPersonnummer.next();
    JsonNode first = http.postJson("/api/eviction-signals", "intake", "demo",
        signal("LH-2001", pnr, "DISTURBANCE", ",\"childrenInHousehold\":0")).json();
    assertThat(first.get("priority").asText()).isEqualTo("NORMAL");
    assertThat(first.get("evictionDate").isNull()).isTrue();

    Response second = http.postJson("/api/eviction-signals", "bosse", "demo", signal("KFM-77", pnr,
        "EVICTION_DATE_SET", ",\"evictionDate\":\"2026-03-10T09:30\"").replace("\"LANDLORD\"", "\"KRONOFOGDEN\""));
    assertThat(second.status()).as(second.body()).isEqualTo(200);
    JsonNode updated = second.json();
    assertThat(updated.get("caseId").asLong()).isEqualTo(first.get("caseId").asLong());
    assertThat(updated.get("correlated").asBoolean()).isTrue();
    assertThat(updated.get("priority").asText()).as("eviction within 14 days").isEqualTo("URGENT");
    assertThat(updated.get("evictionDate").asText()).isEqualTo("2026-03-10T09:30:00");
    assertThat(runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(first.get("caseNumber").asText()).count()).isEqualTo(1);

    JsonNode evictionCase = http.get("/api/eviction-cases/" + first.get("caseId").asLong(), "eva", "demo").json();
    assertThat(evictionCase.get("signals")).hasSize(2);
    assertThat(evictionCase.get("contactDeadline").asText()).as("one working day after the new signal")
        .isEqualTo("2026-03-03");
    assertThat(http.get("/api/eviction-cases?status=open", "bosse", "demo").json())
        .anyMatch(c -> c.get("caseId").asLong() == first.get("caseId").asLong());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "missing reference | \"source\":\"LANDLORD\",\"type\":\"RENT_ARREARS\",TENANT,ADDRESS | externalReference",
      "invalid personnummer | \"externalReference\":\"X1\",\"source\":\"LANDLORD\",\"type\":\"RENT_ARREARS\",\"tenant\":{\"personnummer\":\"19121212-1213\",\"name\":\"Tove Ek\"},ADDRESS | tenant.personnummer",
      "missing tenant | \"externalReference\":\"X2\",\"source\":\"LANDLORD\",\"type\":\"RENT_ARREARS\",ADDRESS | tenant",
      "unknown source | \"externalReference\":\"X3\",\"source\":\"GRANNE\",\"type\":\"RENT_ARREARS\",TENANT,ADDRESS | source",
      "unknown type | \"externalReference\":\"X4\",\"source\":\"LANDLORD\",\"type\":\"BRAND\",TENANT,ADDRESS | type",
      "negative children | \"externalReference\":\"X5\",\"source\":\"LANDLORD\",\"type\":\"RENT_ARREARS\",TENANT,ADDRESS,\"childrenInHousehold\":-1 | childrenInHousehold",
      "negative debt | \"externalReference\":\"X6\",\"source\":\"LANDLORD\",\"type\":\"RENT_ARREARS\",TENANT,ADDRESS,\"rentDebtSek\":-5 | rentDebtSek",
      "impossible date | \"externalReference\":\"X7\",\"source\":\"LANDLORD\",\"type\":\"RENT_ARREARS\",TENANT,ADDRESS,\"noticeServedDate\":\"2026-02-30\" | noticeServedDate",
      "malformed eviction date | \"externalReference\":\"X8\",\"source\":\"KRONOFOGDEN\",\"type\":\"EVICTION_DATE_SET\",TENANT,ADDRESS,\"evictionDate\":\"10 mars\" | evictionDate",
      "bad postal code | \"externalReference\":\"X9\",\"source\":\"LANDLORD\",\"type\":\"RENT_ARREARS\",TENANT,\"address\":{\"street\":\"A 1\",\"postalCode\":\"12\",\"city\":\"Stockholm\"} | address.postalCode",
      "bad co-tenant personnummer | \"externalReference\":\"X10\",\"source\":\"LANDLORD\",\"type\":\"RENT_ARREARS\",TENANT,ADDRESS,\"coTenants\":[{\"personnummer\":\"19121212-1213\",\"name\":\"Erik Ek\"}] | coTenants[0].personnummer",
      "co-tenant without a name | \"externalReference\":\"X11\",\"source\":\"LANDLORD\",\"type\":\"RENT_ARREARS\",TENANT,ADDRESS,\"coTenants\":[{\"personnummer\":\"19121212-1212\"}] | coTenants[0].name",
      "co-tenant as a text | \"externalReference\":\"X12\",\"source\":\"LANDLORD\",\"type\":\"RENT_ARREARS\",TENANT,ADDRESS,\"coTenants\":\"Erik Ek\" | coTenants"})
  void badInputIsRefusedNamingTheFieldAndNothingIsStored(String name, String fields, String field) {
    int cases = count("SELECT count(*) FROM eviction_case");
    int signals = count("SELECT count(*) FROM eviction_signal");
    int tenants = count("SELECT count(*) FROM eviction_case_tenant");
    String body = "{" + fields.replace("TENANT", "\"tenant\":{\"personnummer\":\"" + TestPersonnummer.next()
        + "\",\"name\":\"Tove Ek\"}").replace("ADDRESS", ADDRESS) + "}";
    Response response = http.postJson("/api/eviction-signals", "intake", "demo", body);
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.body()).contains("\"field\":\"" + field + "\"");
    assertThat(count("SELECT count(*) FROM eviction_case")).isEqualTo(cases);
    assertThat(count("SELECT count(*) FROM eviction_signal")).isEqualTo(signals);
    assertThat(count("SELECT count(*) FROM eviction_case_tenant")).isEqualTo(tenants);
  }

  @Test
  void coTenantsNamedOnTheNoticeAreOneHouseholdWithOneCase() {
    String tove = TestPersonnummer.next();
    String erik = TestPersonnummer.next();
    Response opened = http.postJson("/api/eviction-signals", "intake", "demo", signal("HH-1", tove, "RENT_ARREARS",
        ",\"childrenInHousehold\":0,\"coTenants\":[{\"personnummer\":\"" + erik + "\",\"name\":\"Erik Ek\"}]"));
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    long caseId = opened.json().get("caseId").asLong();

    // Kronofogden names only Erik: the same case, answered 200
    Response erikOnly = http.postJson("/api/eviction-signals", "intake", "demo",
        signal("KFM-HH-2", erik, "EVICTION_DATE_SET", ",\"evictionDate\":\"2026-04-20T10:00\"")
            .replace("\"LANDLORD\"", "\"KRONOFOGDEN\"").replace("Tove Ek", "Erik Ek"));
    assertThat(erikOnly.status()).as(erikOnly.body()).isEqualTo(200);
    assertThat(erikOnly.json().get("caseId").asLong()).isEqualTo(caseId);
    assertThat(erikOnly.json().get("correlated").asBoolean()).isTrue();

    JsonNode household = http.get("/api/eviction-cases/" + caseId, "bosse", "demo").json();
    assertThat(household.get("tenants")).hasSize(2);
    assertThat(household.get("tenants").get(0).get("name").asText()).isEqualTo("Tove Ek");
    assertThat(household.get("tenants").get(0).get("mainTenant").asBoolean()).isTrue();
    assertThat(household.get("tenants").get(1).get("name").asText()).isEqualTo("Erik Ek");
    assertThat(household.get("tenants").get(1).get("mainTenant").asBoolean()).isFalse();
    assertThat(household.get("tenants").get(1).get("addedOn").asText()).isEqualTo("2026-03-02");
    assertThat(household.get("signals")).hasSize(2);
    assertThat(household.toString()).as("the view names the tenants, it does not show their personnummer")
        .doesNotContain(tove.replace("-", "").substring(2)).doesNotContain(erik.replace("-", "").substring(2));
    assertThat(runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(opened.json().get("caseNumber").asText()).count()).isEqualTo(1);
  }

  @Test
  void malformedJsonTooLargeBodiesAndWrongContentTypesAreRefused() {
    int cases = count("SELECT count(*) FROM eviction_case");
    Response malformed = http.postJson("/api/eviction-signals", "intake", "demo", "{\"externalReference\":");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.contentType()).startsWith("application/problem+json");
    String huge = signal("BIG-1", TestPersonnummer.next(), "RENT_ARREARS", ",\"landlord\":{\"name\":\""
        + "x".repeat(70_000) + "\"}");
    assertThat(http.postJson("/api/eviction-signals", "intake", "demo", huge).status()).isEqualTo(413);
    Response text = http.send(http.at("/api/eviction-signals").header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString("hej")), "intake", "demo");
    assertThat(text.status()).isEqualTo(415);
    assertThat(count("SELECT count(*) FROM eviction_case")).isEqualTo(cases);
  }

  @Test
  void onlyTheIntakeAccountAndTheBosamordnarePostSignals() {
    String body = signal("AUTH-1", TestPersonnummer.next(), "EARLY_WARNING", "");
    assertThat(http.postJson("/api/eviction-signals", null, null, body).status()).isEqualTo(401);
    // a wrong password locks the account for a moment (the engine's login delay): use an account of its own
    if (identityService.createUserQuery().userId("intake2").count() == 0) {
      org.camunda.bpm.engine.identity.User account = identityService.newUser("intake2");
      account.setPassword("ratt-losenord-1");
      identityService.saveUser(account);
      identityService.createMembership("intake2", se.bofast.identity.Groups.INTAKE);
    }
    assertThat(http.postJson("/api/eviction-signals", "intake2", "fel", body).status()).isEqualTo(401);
    assertThat(http.postJson("/api/eviction-signals", "kim", "demo", body).status()).isEqualTo(403);
    assertThat(http.postJson("/api/eviction-signals", "lotta", "demo", body).status()).isEqualTo(403);
    assertThat(http.get("/api/eviction-cases?status=open", "intake", "demo").status())
        .as("the system account only delivers").isEqualTo(403);
    assertThat(http.postJson("/api/eviction-signals", "bosse", "demo", body).status()).isEqualTo(201);
  }

  private static final String ADDRESS =
      "\"address\":{\"street\":\"Sveavägen 1\",\"postalCode\":\"113 59\",\"city\":\"Stockholm\"}";

  /** A signal from the household's landlord; each household its own lease (the same address and landlord join one case). */
  private static String signal(String ref, String pnr, String type, String extra) {
    return "{\"externalReference\":\"" + ref + "\",\"source\":\"LANDLORD\",\"type\":\"" + type + "\","
        + "\"tenant\":{\"personnummer\":\"" + pnr + "\",\"name\":\"Tove Ek\"},"
        + ADDRESS.replace("Sveavägen 1", HouseholdCaseTest.street(pnr))
        + ",\"landlord\":{\"name\":\"Familjebostäder\",\"organisationNumber\":\"556677-8899\"}" + extra + "}";
  }

  private int count(String sql, Object... args) {
    return jdbc.queryForObject(sql, Integer.class, args);
  }
}
