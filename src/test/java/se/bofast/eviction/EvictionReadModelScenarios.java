package se.bofast.eviction;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import se.bofast.eviction.EvictionCaseFacts.EvictionCaseFact;

/**
 * The eviction module's read models for other modules ({@link EvictionCaseFacts},
 * {@link EvictionSignalFacts}) on whichever database the subclass runs the application: the
 * cases opened or closed in a period with their dates, outcome and children affected, and the
 * signals received in it. Rows are written straight into the module's tables, dated in 2033,
 * which no other test uses.
 */
abstract class EvictionReadModelScenarios {

  private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime() % 1_000_000_000L);

  @Autowired EvictionCaseFacts cases;
  @Autowired EvictionSignalFacts signals;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theCasesOpenedOrClosedInThePeriodComeWithTheirFacts() {
    LocalDate from = d(2033, 4, 1);
    LocalDate to = d(2033, 4, 30);
    long closedIn = evictionCase(d(2033, 3, 20), d(2033, 3, 22), Outcome.EVICTED, to, 2);
    long openedIn = evictionCase(from, null, null, null, null);
    long before = evictionCase(d(2033, 2, 1), d(2033, 2, 3), Outcome.PREVENTED, d(2033, 3, 31), 0);
    long openedInClosedAfter = evictionCase(d(2033, 4, 29), d(2033, 4, 30), Outcome.MOVED, d(2033, 5, 2), null);
    long after = evictionCase(d(2033, 5, 1), null, null, null, null);
    List<Long> ours = List.of(closedIn, openedIn, before, openedInClosedAfter, after);

    assertThat(cases.openedOrClosedBetween(from, to)).filteredOn(c -> ours.contains(c.caseId())).containsExactly(
        new EvictionCaseFact(closedIn, d(2033, 3, 20), d(2033, 3, 22), Outcome.EVICTED, to, 2),
        new EvictionCaseFact(openedIn, from, null, null, null, null),
        new EvictionCaseFact(openedInClosedAfter, d(2033, 4, 29), d(2033, 4, 30), Outcome.MOVED, d(2033, 5, 2), null));
    assertThat(cases.openedOrClosedBetween(d(2033, 3, 31), d(2033, 3, 31)))
        .filteredOn(c -> ours.contains(c.caseId())).extracting(EvictionCaseFact::caseId)
        .as("closed on the period's only day").containsExactly(before);
  }

  @Test
  void theSignalsReceivedInThePeriodAreCountedBothDaysIncluded() {
    LocalDate from = d(2033, 8, 1);
    LocalDate to = d(2033, 8, 31);
    long inPeriod = signals.receivedBetween(from, to);
    long onLastDay = signals.receivedBetween(to, to);
    long caseId = evictionCase(d(2033, 7, 31), null, null, null, null);
    signal(caseId, d(2033, 7, 31));
    signal(caseId, from);
    signal(caseId, d(2033, 8, 15));
    signal(caseId, to);
    signal(caseId, d(2033, 9, 1));

    assertThat(signals.receivedBetween(from, to)).isEqualTo(inPeriod + 3);
    assertThat(signals.receivedBetween(to, to)).isEqualTo(onLastDay + 1);
  }

  private long evictionCase(LocalDate firstSignal, LocalDate firstContact, Outcome outcome, LocalDate closedOn,
      Integer childrenAffected) {
    long serial = SERIAL.incrementAndGet();
    String tenantKey = String.format("%012d", serial % 1_000_000_000_000L);
    Map<String, Object> row = new HashMap<>();
    row.put("case_number", "VR-RM-" + serial);
    row.put("tenant_personal_number", tenantKey);
    row.put("tenant_name", "Test Testsson");
    row.put("street", "Testgatan 1");
    row.put("postal_code", "11111");
    row.put("city", "Teststad");
    row.put("priority", "NORMAL");
    row.put("contact_deadline", firstSignal.plusDays(7));
    row.put("status", outcome == null ? "OPEN" : "CLOSED");
    row.put("open_tenant_key", outcome == null ? tenantKey : null);
    row.put("first_signal_on", firstSignal);
    row.put("first_contact_on", firstContact);
    row.put("outcome", outcome == null ? null : outcome.name());
    row.put("closed_on", closedOn);
    row.put("children_affected", childrenAffected);
    row.put("opened_by", "intake");
    row.put("opened_at", Timestamp.from(Instant.now()));
    return insert("eviction_case", row);
  }

  private void signal(long caseId, LocalDate receivedOn) {
    insert("eviction_signal", Map.of("case_id", caseId, "source", "LANDLORD",
        "external_reference", "RM-" + SERIAL.incrementAndGet(), "type", "RENT_ARREARS", "received_on", receivedOn,
        "received_at", Timestamp.from(Instant.now()), "received_by", "intake"));
  }

  private long insert(String table, Map<String, Object> row) {
    return new SimpleJdbcInsert(jdbc).withTableName(table).usingColumns(row.keySet().toArray(String[]::new))
        .usingGeneratedKeyColumns("id").executeAndReturnKey(row).longValue();
  }

  private static LocalDate d(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }
}
