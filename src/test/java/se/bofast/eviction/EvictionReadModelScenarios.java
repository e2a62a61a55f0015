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
import se.bofast.eviction.EvictionSignalFacts.ReceivedSignals;

/**
 * The eviction module's read models for other modules ({@link EvictionCaseFacts},
 * {@link EvictionSignalFacts}) on whichever database the subclass runs the application: the
 * cases with a day in a period (opened, outcome, återvinningsfrist) with their dates, first
 * attempt, outcome, children affected, rent-arrears flag and aid decision day, and the signals
 * received in it by type and source. Rows are written straight into the module's tables, dated in
 * 2033, which no other test uses.
 */
abstract class EvictionReadModelScenarios {

  private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime() % 1_000_000_000L);

  @Autowired EvictionCaseFacts cases;
  @Autowired EvictionSignalFacts signals;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theCasesWithADayInThePeriodComeWithTheirFacts() {
    LocalDate from = d(2033, 4, 1);
    LocalDate to = d(2033, 4, 30);
    // outcome recorded before V8: no outcome_on, the closing day stands for it
    long closedIn = evictionCase(d(2033, 3, 20), d(2033, 3, 22), Outcome.EVICTED, to, null, 2);
    long openedIn = evictionCase(from, null, null, null, null, null);
    long before = evictionCase(d(2033, 2, 1), d(2033, 2, 3), Outcome.PREVENTED, d(2033, 3, 31), null, 0);
    long openedInClosedAfter = evictionCase(d(2033, 4, 29), d(2033, 4, 30), Outcome.MOVED, d(2033, 5, 2), null, null);
    long after = evictionCase(d(2033, 5, 1), null, null, null, null, null);
    // the outcome's own day counts, not the day the case was closed
    long evictedInClosedAfter = evictionCase(d(2033, 3, 1), null, Outcome.EVICTED, d(2033, 5, 3), d(2033, 4, 28), 1);
    long evictedBeforeClosedIn = evictionCase(d(2033, 3, 2), null, Outcome.EVICTED, d(2033, 4, 2), d(2033, 3, 31), 0);
    // opened and closed before the period, but its återvinningsfrist is in it
    long deadlineIn = evictionCase(d(2033, 3, 3), d(2033, 3, 4), Outcome.PREVENTED, d(2033, 4, 20), d(2033, 4, 20), 0);
    jdbc.update("UPDATE eviction_case SET reclaim_deadline = ?, aid_decision = 'GRANTED', aid_amount_sek = 12000,"
        + " aid_decided_on = ? WHERE id = ?", d(2033, 4, 7), d(2033, 4, 6), deadlineIn);
    signal(deadlineIn, d(2033, 3, 3), "RENT_ARREARS", "LANDLORD");
    signal(deadlineIn, d(2033, 3, 10), "EVICTION_DATE_SET", "KRONOFOGDEN");
    signal(openedIn, from, "DISTURBANCE", "LANDLORD");
    attempt(openedIn, d(2033, 4, 5), false);
    attempt(openedIn, d(2033, 4, 3), false);
    attempt(openedIn, d(2033, 4, 8), true);
    attempt(closedIn, d(2033, 3, 22), true);
    List<Long> ours = List.of(closedIn, openedIn, before, openedInClosedAfter, after, evictedInClosedAfter,
        evictedBeforeClosedIn, deadlineIn);

    assertThat(cases.withADayBetween(from, to)).filteredOn(c -> ours.contains(c.caseId())).containsExactly(
        new EvictionCaseFact(closedIn, d(2033, 3, 20), d(2033, 3, 22), d(2033, 3, 22), Outcome.EVICTED, to, 2, false,
            null, null),
        new EvictionCaseFact(openedIn, from, null, d(2033, 4, 3), null, null, null, false, null, null),
        new EvictionCaseFact(openedInClosedAfter, d(2033, 4, 29), d(2033, 4, 30), null, Outcome.MOVED, d(2033, 5, 2),
            null, false, null, null),
        new EvictionCaseFact(evictedInClosedAfter, d(2033, 3, 1), null, null, Outcome.EVICTED, d(2033, 4, 28), 1,
            false, null, null),
        new EvictionCaseFact(deadlineIn, d(2033, 3, 3), d(2033, 3, 4), null, Outcome.PREVENTED, d(2033, 4, 20), 0,
            true, d(2033, 4, 7), d(2033, 4, 6)));
    assertThat(cases.withADayBetween(d(2033, 3, 31), d(2033, 3, 31)))
        .filteredOn(c -> ours.contains(c.caseId())).extracting(EvictionCaseFact::caseId)
        .as("an outcome on the period's only day, by outcome_on or (before V8) closed_on")
        .containsExactly(before, evictedBeforeClosedIn);
  }

  @Test
  void theSignalsReceivedInThePeriodAreCountedByTypeAndSourceBothDaysIncluded() {
    LocalDate from = d(2033, 8, 1);
    LocalDate to = d(2033, 8, 31);
    ReceivedSignals inPeriod = signals.receivedBetween(from, to);
    ReceivedSignals onLastDay = signals.receivedBetween(to, to);
    long caseId = evictionCase(d(2033, 7, 31), null, null, null, null, null);
    signal(caseId, d(2033, 7, 31), "RENT_ARREARS", "LANDLORD");
    signal(caseId, from, "RENT_ARREARS", "LANDLORD");
    signal(caseId, d(2033, 8, 15), "EVICTION_DATE_SET", "KRONOFOGDEN");
    signal(caseId, d(2033, 8, 16), "EARLY_WARNING", "BOSTADSFORMEDLINGEN");
    signal(caseId, to, "RENT_ARREARS", "SOCIAL_SERVICES");
    signal(caseId, d(2033, 9, 1), "DISTURBANCE", "LANDLORD");

    ReceivedSignals now = signals.receivedBetween(from, to);
    assertThat(now.total()).isEqualTo(inPeriod.total() + 4);
    assertThat(now.byType()).containsOnlyKeys(SignalType.values());
    assertThat(now.byType().get(SignalType.RENT_ARREARS)).isEqualTo(inPeriod.byType().get(SignalType.RENT_ARREARS) + 2);
    assertThat(now.byType().get(SignalType.EVICTION_DATE_SET))
        .isEqualTo(inPeriod.byType().get(SignalType.EVICTION_DATE_SET) + 1);
    assertThat(now.byType().get(SignalType.EARLY_WARNING))
        .isEqualTo(inPeriod.byType().get(SignalType.EARLY_WARNING) + 1);
    assertThat(now.byType().get(SignalType.DISTURBANCE)).isEqualTo(inPeriod.byType().get(SignalType.DISTURBANCE));
    assertThat(now.bySource()).containsOnlyKeys(SignalSource.values());
    assertThat(now.bySource().get(SignalSource.LANDLORD)).isEqualTo(inPeriod.bySource().get(SignalSource.LANDLORD) + 1);
    assertThat(now.bySource().get(SignalSource.KRONOFOGDEN))
        .isEqualTo(inPeriod.bySource().get(SignalSource.KRONOFOGDEN) + 1);
    assertThat(now.bySource().get(SignalSource.BOSTADSFORMEDLINGEN))
        .isEqualTo(inPeriod.bySource().get(SignalSource.BOSTADSFORMEDLINGEN) + 1);
    assertThat(now.bySource().get(SignalSource.SOCIAL_SERVICES))
        .isEqualTo(inPeriod.bySource().get(SignalSource.SOCIAL_SERVICES) + 1);
    assertThat(now.byType().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(now.total());
    assertThat(now.bySource().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(now.total());
    assertThat(signals.receivedBetween(to, to).total()).isEqualTo(onLastDay.total() + 1);
  }

  private long evictionCase(LocalDate firstSignal, LocalDate firstContact, Outcome outcome, LocalDate closedOn,
      LocalDate outcomeOn, Integer childrenAffected) {
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
    row.put("outcome_on", outcomeOn);
    row.put("children_affected", childrenAffected);
    row.put("opened_by", "intake");
    row.put("opened_at", Timestamp.from(Instant.now()));
    return insert("eviction_case", row);
  }

  private void signal(long caseId, LocalDate receivedOn, String type, String source) {
    insert("eviction_signal", Map.of("case_id", caseId, "source", source,
        "external_reference", "RM-" + SERIAL.incrementAndGet(), "type", type, "received_on", receivedOn,
        "received_at", Timestamp.from(Instant.now()), "received_by", "intake"));
  }

  private void attempt(long caseId, LocalDate on, boolean reached) {
    insert("eviction_contact_attempt", Map.of("case_id", caseId, "attempt_on", on, "channel", "LETTER",
        "reached", reached, "recorded_by", "bosse", "recorded_at", Timestamp.from(Instant.now())));
  }

  private long insert(String table, Map<String, Object> row) {
    return new SimpleJdbcInsert(jdbc).withTableName(table).usingColumns(row.keySet().toArray(String[]::new))
        .usingGeneratedKeyColumns("id").executeAndReturnKey(row).longValue();
  }

  private static LocalDate d(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }
}
