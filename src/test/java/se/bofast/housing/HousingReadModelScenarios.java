package se.bofast.housing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import se.bofast.housing.PlacementFacts.PlacementFact;

/**
 * The housing module's read models for other modules ({@link PlacementFacts},
 * {@link OutreachContactFacts}) on whichever database the subclass runs the application: what
 * is in the tables is what comes out, in the promised order, with the promised period rules.
 * Rows are written straight into the module's tables, dated in 2033, which no other test uses.
 */
abstract class HousingReadModelScenarios {

  @Autowired PlacementFacts placements;
  @Autowired OutreachContactFacts outreachContacts;
  @Autowired JdbcTemplate jdbc;

  @Test
  void placementsComeWithTheirFactsInTheJourneysOrder() {
    long client = uniqueClientId();
    long journey = journey(client);
    // the open trial placement is written first: the order is by start date, not by id
    long trial = placement(journey, client, Step.FORSOKSLAGENHET, d(2033, 2, 25), null, null, 4, "1030.50");
    long shelter = placement(journey, client, Step.HARBARGE, d(2033, 1, 5), d(2033, 2, 20), EndReason.MOVED_ON,
        null, "1030.00");
    long otherClient = uniqueClientId();
    long otherJourney = journey(otherClient);
    long ownLease = placement(otherJourney, otherClient, Step.EGET_KONTRAKT, d(2033, 1, 1), d(2033, 1, 31),
        EndReason.TAKEOVER, 0, "0.00");

    List<PlacementFact> all = placements.all();

    assertThat(all).filteredOn(p -> p.journeyId() == journey).containsExactly(
        new PlacementFact(shelter, journey, client, Step.HARBARGE, d(2033, 1, 5), d(2033, 2, 20), EndReason.MOVED_ON,
            null, new BigDecimal("1030.00")),
        new PlacementFact(trial, journey, client, Step.FORSOKSLAGENHET, d(2033, 2, 25), null, null, 4,
            new BigDecimal("1030.50")));
    assertThat(all).filteredOn(p -> p.journeyId() == otherJourney).singleElement()
        .satisfies(p -> assertThat(p.dayCost()).isEqualByComparingTo("0"))
        .extracting(PlacementFact::id, PlacementFact::endReason, PlacementFact::gapDaysBefore)
        .containsExactly(ownLease, EndReason.TAKEOVER, 0);
    assertThat(all).as("every placement, ordered by journey, start date and id").isSortedAccordingTo(
        Comparator.comparingLong(PlacementFact::journeyId).thenComparing(PlacementFact::start)
            .thenComparingLong(PlacementFact::id));
  }

  @Test
  void outreachContactsWithUnidentifiedPersonsAreCountedByTheirDateBothDaysIncluded() {
    LocalDate from = d(2033, 6, 1);
    LocalDate identifiedOn = d(2033, 6, 10);
    LocalDate to = d(2033, 6, 30);
    long inPeriod = outreachContacts.withUnidentifiedPersonsBetween(from, to);
    long onFirstDay = outreachContacts.withUnidentifiedPersonsBetween(from, from);
    long onIdentificationDay = outreachContacts.withUnidentifiedPersonsBetween(identifiedOn, identifiedOn);
    long client = uniqueClientId();
    long journey = journey(client);
    contact(journey, client, d(2033, 5, 31), true, false); // the day before
    contact(journey, client, from, true, false);
    contact(journey, client, identifiedOn, true, true); // identified already: not counted
    contact(journey, client, d(2033, 6, 15), false, false); // not met: still a contact
    contact(journey, client, to, true, false);
    contact(journey, client, d(2033, 7, 1), true, false); // the day after

    assertThat(outreachContacts.withUnidentifiedPersonsBetween(from, to)).isEqualTo(inPeriod + 3);
    assertThat(outreachContacts.withUnidentifiedPersonsBetween(from, from)).isEqualTo(onFirstDay + 1);
    assertThat(outreachContacts.withUnidentifiedPersonsBetween(identifiedOn, identifiedOn))
        .isEqualTo(onIdentificationDay);
  }

  private long journey(long client) {
    return insert("journey", Map.of("case_number", "VK-RM-" + client, "client_id", client, "status", "OPEN",
        "complex_needs", false, "started_at", Timestamp.from(Instant.now()), "started_by", "kim"));
  }

  private long placement(long journey, long client, Step step, LocalDate start, LocalDate end, EndReason reason,
      Integer gap, String dayCost) {
    Map<String, Object> row = new HashMap<>();
    row.put("journey_id", journey);
    row.put("client_id", client);
    row.put("step", step.name());
    row.put("place", "Platsen");
    row.put("start_date", start);
    row.put("end_date", end);
    row.put("end_reason", reason == null ? null : reason.name());
    row.put("gap_days_before", gap);
    row.put("day_cost_sek", new BigDecimal(dayCost));
    row.put("open_client_id", end == null ? client : null);
    row.put("created_by", "sara");
    row.put("created_at", Timestamp.from(Instant.now()));
    return insert("placement", row);
  }

  private void contact(long journey, long client, LocalDate date, boolean met, boolean identified) {
    insert("outreach_contact", Map.of("journey_id", journey, "client_id", client, "contact_date", date,
        "met", met, "client_identified", identified, "recorded_by", "kim",
        "recorded_at", Timestamp.from(Instant.now())));
  }

  private long insert(String table, Map<String, Object> row) {
    return new SimpleJdbcInsert(jdbc).withTableName(table).usingColumns(row.keySet().toArray(String[]::new))
        .usingGeneratedKeyColumns("id").executeAndReturnKey(row).longValue();
  }

  private static long uniqueClientId() {
    return 700_000_000L + ThreadLocalRandom.current().nextLong(100_000_000L);
  }

  private static LocalDate d(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }
}
