package se.bofast.housing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import se.bofast.client.Needs;
import se.bofast.housing.JourneyIntake.ClientType;
import se.bofast.housing.JourneyIntake.StartCommand;
import se.bofast.housing.JourneyViews.JourneyView;
import se.bofast.housing.JourneyViews.PlacementView;
import se.bofast.platform.web.InvalidInputException;
import se.bofast.support.PostgresAppTest;
import se.bofast.support.TestPersonnummer;

/** The chain's data on PostgreSQL: gaps as data, one open placement per client, dates in order. */
@PostgresAppTest
class PostgresHousingTest {

  @Autowired JourneyIntake intake;
  @Autowired JourneyPlacements placements;
  @Autowired JourneyViews journeys;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void clock() {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 5, 4, 9, 0).atZone(ZoneId.of("Europe/Stockholm")).toInstant()));
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
  }

  @Test
  void theDaysBetweenTwoPlacementsAreStoredAsTheGap() {
    long id = intake.start(new StartCommand(ClientType.NEW_IDENTIFIED, TestPersonnummer.next(), "Pia", "Sten",
        null, Needs.ADDICTION, 0, Situation.HARBARGE, "Härbärget Skarpnäck", LocalDate.of(2026, 4, 1)), "kim")
        .journeyId();
    placements.terminatePlacement(id, TerminationCause.DECISION_ENDED, LocalDate.of(2026, 4, 10), "sara");
    placements.startPlacement(id, Step.BEHANDLING, "Nämndemansgården", null, LocalDate.of(2026, 4, 25), "sara");
    placements.startPlacement(id, Step.INACKORDERINGSHEM, "Tallen", null, LocalDate.of(2026, 5, 2), "sara");

    JourneyView journey = journeys.view(id);
    assertThat(journey.placements()).extracting(PlacementView::step, PlacementView::gapDaysBefore)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Step.HARBARGE, null),
            org.assertj.core.groups.Tuple.tuple(Step.BEHANDLING, 15),
            org.assertj.core.groups.Tuple.tuple(Step.INACKORDERINGSHEM, 0));
    assertThat(jdbc.queryForObject("SELECT gap_days_before FROM placement WHERE journey_id = ? AND step = 'BEHANDLING'",
        Integer.class, id)).isEqualTo(15);
  }

  @Test
  void theDatabaseAllowsOneOpenPlacementPerClientAndNoEndBeforeStart() {
    long id = intake.start(new StartCommand(ClientType.NEW_IDENTIFIED, TestPersonnummer.next(), "Ola", "Berg",
        null, Needs.BOTH, null, Situation.HARBARGE, "Härbärget Klara", LocalDate.of(2026, 5, 1)), "kim")
        .journeyId();
    long clientId = journeys.view(id).clientId();
    assertThatThrownBy(() -> jdbc.update("INSERT INTO placement (journey_id, client_id, step, start_date, day_cost_sek,"
        + " open_client_id, created_by, created_at) VALUES (?, ?, 'BEHANDLING', DATE '2026-05-02', 1030, ?, 'x', now())",
        id, clientId, clientId)).isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(() -> jdbc.update("UPDATE placement SET end_date = DATE '2026-04-01', end_reason = 'CLOSED',"
        + " open_client_id = NULL WHERE journey_id = ?", id)).isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(() -> placements.startPlacement(id, Step.BEHANDLING, "X", null, LocalDate.of(2026, 4, 1), "sara"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("kan inte vara före");
    assertThat(journeys.view(id).placements()).hasSize(1);
  }
}
