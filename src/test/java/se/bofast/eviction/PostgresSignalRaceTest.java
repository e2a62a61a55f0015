package se.bofast.eviction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.bofast.client.ClientService;
import se.bofast.support.ApplicationLog;
import se.bofast.support.PostgresAppTest;
import se.bofast.support.TestHttp.Response;
import se.bofast.support.TestHttp;
import se.bofast.support.TestPersonnummer;

/**
 * Several signals for one household at the same moment (different references, the same
 * tenant), as a landlord's system and Kronofogden may send them: one case, every signal
 * stored, 201 once and 200 for the others, one process instance, and a log without the
 * personnummer and without ERROR lines.
 */
@PostgresAppTest
@ExtendWith(OutputCaptureExtension.class)
class PostgresSignalRaceTest {

  static final int THREADS = 8;
  static final int HOUSEHOLDS = 4;

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtimeService;

  TestHttp http;

  @BeforeEach
  void setUp() {
    http = new TestHttp(port);
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 3, 2, 9, 0).atZone(ZoneId.of("Europe/Stockholm"))
        .toInstant()));
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
  }

  @Test
  void concurrentSignalsForOneHouseholdJoinOneCaseAndNothingIsLost(CapturedOutput output) throws Exception {
    List<String> tenants = new ArrayList<>();
    Map<Integer, Long> answers = new java.util.TreeMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      for (int household = 0; household < HOUSEHOLDS; household++) {
        String pnr = TestPersonnummer.next();
        tenants.add(pnr);
        CyclicBarrier start = new CyclicBarrier(THREADS);
        List<Future<Response>> sent = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          String body = signal("RACE-" + household + "-" + t, pnr, t % 2 == 0 ? "RENT_ARREARS" : "DISTURBANCE");
          sent.add(pool.submit(() -> {
            start.await();
            return http.postJson("/api/eviction-signals", "intake", "demo", body);
          }));
        }
        List<Response> responses = new ArrayList<>();
        for (Future<Response> f : sent) {
          responses.add(f.get());
        }
        responses.forEach(r -> answers.merge(r.status(), 1L, Long::sum));
        assertThat(responses).as("every signal is answered 201 or 200: %s", responses)
            .allMatch(r -> r.status() == 201 || r.status() == 200);
        assertThat(responses.stream().filter(r -> r.status() == 201)).as("exactly one signal opens the case")
            .hasSize(1);
        assertThat(responses.stream().map(r -> r.json().get("caseId").asLong()).distinct())
            .as("all signals name the same case").hasSize(1);

        String normalized = ClientService.normalizePersonalNumber(pnr);
        assertThat(count("SELECT count(*) FROM eviction_case WHERE tenant_personal_number = ?", normalized))
            .as("one case for the household").isEqualTo(1);
        assertThat(count("SELECT count(*) FROM eviction_case WHERE open_tenant_key = ?", normalized)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM eviction_signal s JOIN eviction_case c ON c.id = s.case_id "
            + "WHERE c.tenant_personal_number = ?", normalized)).as("every signal stored").isEqualTo(THREADS);
        String caseNumber = jdbc.queryForObject(
            "SELECT case_number FROM eviction_case WHERE tenant_personal_number = ?", String.class, normalized);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count())
            .as("one process instance for the case").isEqualTo(1);
      }
    } finally {
      pool.shutdownNow();
    }
    System.out.println("signal race: " + HOUSEHOLDS + " households x " + THREADS + " simultaneous signals, answers "
        + answers.entrySet().stream().map(e -> e.getValue() + " x " + e.getKey()).collect(Collectors.joining(", ")));

    List<String> applicationLog = ApplicationLog.lines(output);
    for (String pnr : tenants) {
      String digits = ClientService.normalizePersonalNumber(pnr);
      assertThat(applicationLog).as("no personnummer in the log").noneMatch(line -> line.contains(digits)
          || line.contains(pnr) || line.contains(digits.substring(2)));
    }
    assertThat(applicationLog).as("a handled race is not an ERROR").noneMatch(line -> line.matches(".*\\bERROR\\b.*"));
  }

  /**
   * The co-tenants' race: a notice naming Tove with Erik, one naming Erik with Tove, one naming
   * Erik alone, and Kim's own notice for the same address and landlord (without a landlord, Tove
   * with Erik again: two notices naming one of them each, sent at the same moment, cannot be known
   * as one household), all at once, twice each: one case with the household's tenants, 201 once, every signal stored, one
   * process instance.
   */
  @Test
  void concurrentSignalsForCoTenantsAndTheSameAddressJoinOneCase(CapturedOutput output) throws Exception {
    List<String> people = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      for (int household = 0; household < HOUSEHOLDS; household++) {
        String tove = TestPersonnummer.next();
        String erik = TestPersonnummer.next();
        String kim = TestPersonnummer.next();
        people.addAll(List.of(tove, erik, kim));
        String street = HouseholdCaseTest.street(tove);
        // with the landlord known the address joins Kim too; without, only the people named do
        boolean landlord = household % 2 == 0;
        List<String> tenants = landlord ? List.of(tove, erik, kim) : List.of(tove, erik);
        CyclicBarrier start = new CyclicBarrier(THREADS);
        List<Future<Response>> sent = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          String ref = "HH-RACE-" + household + "-" + t;
          String body = switch (t % 4) {
            case 0 -> household(ref, tove, "Tove Ek", erik, "Erik Ek", street, landlord);
            case 1 -> household(ref, erik, "Erik Ek", tove, "Tove Ek", street, landlord);
            case 2 -> household(ref, erik, "Erik Ek", null, null, street, landlord);
            default -> landlord ? household(ref, kim, "Kim Berg", null, null, street, true)
                : household(ref, tove, "Tove Ek", erik, "Erik Ek", street, false);
          };
          sent.add(pool.submit(() -> {
            start.await();
            return http.postJson("/api/eviction-signals", "intake", "demo", body);
          }));
        }
        List<Response> responses = new ArrayList<>();
        for (Future<Response> f : sent) {
          responses.add(f.get());
        }
        assertThat(responses).as("every signal is answered 201 or 200: %s", responses)
            .allMatch(r -> r.status() == 201 || r.status() == 200);
        assertThat(responses.stream().filter(r -> r.status() == 201)).as("exactly one signal opens the case")
            .hasSize(1);
        assertThat(responses.stream().map(r -> r.json().get("caseId").asLong()).distinct())
            .as("all signals name the same case").hasSize(1);
        long caseId = responses.get(0).json().get("caseId").asLong();

        List<String> numbers = tenants.stream().map(ClientService::normalizePersonalNumber).toList();
        assertThat(jdbc.queryForList("SELECT personal_number FROM eviction_case_tenant WHERE case_id = ?"
            + " AND open_key IS NOT NULL", String.class, caseId)).as("the household's tenants on the case")
            .containsExactlyInAnyOrderElementsOf(numbers);
        String three = "(?, ?, ?)";
        Object[] everyone = List.of(tove, erik, kim).stream().map(ClientService::normalizePersonalNumber).toArray();
        assertThat(count("SELECT count(*) FROM eviction_case WHERE tenant_personal_number IN " + three, everyone))
            .as("one case for the household").isEqualTo(1);
        assertThat(count("SELECT count(*) FROM eviction_case_tenant WHERE personal_number IN " + three, everyone))
            .as("each tenant once, Kim only with the address and landlord").isEqualTo(tenants.size());
        assertThat(count("SELECT count(*) FROM eviction_signal WHERE case_id = ?", caseId))
            .as("every signal stored").isEqualTo(THREADS);
        String caseNumber = jdbc.queryForObject("SELECT case_number FROM eviction_case WHERE id = ?", String.class,
            caseId);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count())
            .as("one process instance for the case").isEqualTo(1);
      }
    } finally {
      pool.shutdownNow();
    }
    List<String> applicationLog = ApplicationLog.lines(output);
    for (String pnr : people) {
      String digits = ClientService.normalizePersonalNumber(pnr);
      assertThat(applicationLog).as("no personnummer in the log").noneMatch(line -> line.contains(digits)
          || line.contains(pnr) || line.contains(digits.substring(2)));
    }
    assertThat(applicationLog).as("no name or address in the log")
        .noneMatch(line -> line.contains("Tove Ek") || line.contains("Erik Ek") || line.contains("Kim Berg") || line.contains("Sveavägen"));
    assertThat(applicationLog).as("a handled race is not an ERROR").noneMatch(line -> line.matches(".*\\bERROR\\b.*"));
  }

  private static String household(String ref, String pnr, String name, String coPnr, String coName,
      String street, boolean landlord) {
    return "{\"externalReference\":\"" + ref + "\",\"source\":\"LANDLORD\",\"type\":\"RENT_ARREARS\","
        + "\"tenant\":{\"personnummer\":\"" + pnr + "\",\"name\":\"" + name + "\"},"
        + (coPnr == null ? "" : "\"coTenants\":[{\"personnummer\":\"" + coPnr + "\",\"name\":\"" + coName + "\"}],")
        + "\"address\":{\"street\":\"" + street + "\",\"postalCode\":\"113 59\",\"city\":\"Stockholm\"},"
        + (landlord ? "\"landlord\":{\"name\":\"Familjebostäder\",\"organisationNumber\":\"556677-8899\"}," : "")
        + "\"childrenInHousehold\":0}";
  }

  private static String signal(String ref, String pnr, String type) {
    return "{\"externalReference\":\"" + ref + "\",\"source\":\"LANDLORD\",\"type\":\"" + type + "\","
        + "\"tenant\":{\"personnummer\":\"" + pnr + "\",\"name\":\"Tove Ek\"},"
        + "\"address\":{\"street\":\"Sveavägen 1\",\"postalCode\":\"113 59\",\"city\":\"Stockholm\"},"
        + "\"childrenInHousehold\":0,\"noticeServedDate\":\"2026-02-20\"}";
  }

  private int count(String sql, Object... args) {
    return jdbc.queryForObject(sql, Integer.class, args);
  }
}
