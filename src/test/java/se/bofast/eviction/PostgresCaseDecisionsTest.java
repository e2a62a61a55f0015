package se.bofast.eviction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.bofast.platform.web.InvalidInputException;
import se.bofast.support.PostgresAppTest;
import se.bofast.support.Staff;
import se.bofast.support.TestHttp;
import se.bofast.support.TestPersonnummer;

/**
 * The case's decisions on PostgreSQL: the V8 columns and their checks (aid amount only when
 * granted, NUMERIC(12,2), the longest texts) take what {@link CaseDecisions} stores, and the
 * case endpoint answers it.
 */
@PostgresAppTest
class PostgresCaseDecisionsTest {

  @LocalServerPort int port;
  @Autowired SignalIntake intake;
  @Autowired CaseDecisions decisions;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(Staff.date(LocalDateTime.of(2026, 3, 2, 9, 0)));
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
  }

  @Test
  void everyDecisionIsStoredInItsColumnAndShownOnTheCase() {
    long id = openCase();
    LocalDate today = LocalDate.of(2026, 3, 2);
    String measures = "Åtgärd ".repeat(142) + "klar.";
    decisions.recordUvTeamDecision(id, new CaseDecisions.UvTeamDecision(today, measures, "R".repeat(200),
        today.plusDays(7)));
    decisions.recordAidDecision(id, AidDecision.GRANTED, new BigDecimal("99999999.99"), today);
    decisions.recordPreparation(id, true, false);
    assertThatThrownBy(() -> decisions.recordOutcome(id, new CaseDecisions.OutcomeReport(Outcome.PREVENTED, today, 2,
        new BigDecimal("10.005"), null)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("finalRentDebtSek"));
    decisions.recordOutcome(id, new CaseDecisions.OutcomeReport(Outcome.PREVENTED, today, 2, new BigDecimal("850.5"),
        null));

    Map<String, Object> row = jdbc.queryForMap("SELECT * FROM eviction_case WHERE id = ?", id);
    assertThat(row.get("uv_measures")).isEqualTo(measures);
    assertThat((String) row.get("uv_responsible")).hasSize(200);
    assertThat(row.get("uv_act_by")).isEqualTo(java.sql.Date.valueOf("2026-03-09"));
    assertThat(row.get("aid_decision")).isEqualTo("GRANTED");
    assertThat(row.get("aid_amount_sek")).isEqualTo(new BigDecimal("99999999.99"));
    assertThat(row.get("emergency_housing")).isEqualTo(false);
    assertThat(row.get("rent_debt_at_outcome_sek")).isEqualTo(new BigDecimal("850.50"));
    assertThat(row.get("rent_debt_sek")).isEqualTo(new BigDecimal("12400.00"));
    assertThat(row.get("outcome_on")).isEqualTo(java.sql.Date.valueOf("2026-03-02"));

    TestHttp.Response answer = new TestHttp(port).get(EvictionConstants.API_CASES + "/" + id, "eva", "demo");
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    JsonNode view = answer.json();
    assertThat(view.path("aidDecision").path("amountSek").decimalValue()).isEqualByComparingTo("99999999.99");
    assertThat(view.path("uvTeamDecision").path("actBy").asText()).isEqualTo("2026-03-09");
    assertThat(view.path("emergencyHousing").asBoolean(true)).isFalse();
    assertThat(view.path("rentDebtAtOutcomeSek").decimalValue()).isEqualByComparingTo("850.50");
    assertThat(view.path("status").asText()).isEqualTo("CLOSED");
  }

  @Test
  void aRefusedAidDecisionKeepsNoAmount() {
    long id = openCase();
    decisions.recordAidDecision(id, AidDecision.REFUSED, new BigDecimal("500"), LocalDate.of(2026, 3, 2));
    Map<String, Object> row = jdbc.queryForMap("SELECT aid_decision, aid_amount_sek FROM eviction_case WHERE id = ?",
        id);
    assertThat(row.get("aid_decision")).isEqualTo("REFUSED");
    assertThat(row.get("aid_amount_sek")).as("the column's check allows no amount with a refusal").isNull();
  }

  private long openCase() {
    String pnr = TestPersonnummer.next();
    return intake.receive(new Signal("PGD-" + pnr, SignalSource.LANDLORD, SignalType.RENT_ARREARS, pnr, "Tove Ek",
        "Sveavägen 1, lgh " + pnr.replaceAll("\\D", ""), "113 59", "Stockholm", "Familjebostäder", "556677-8899",
        2, BigDecimal.valueOf(12400),
        LocalDate.of(2026, 2, 23), LocalDate.of(2026, 2, 25), null), "intake").evictionCase().caseId();
  }
}
