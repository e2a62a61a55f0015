package se.bofast.eviction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessException;
import se.bofast.support.PostgresAppTest;

/**
 * An eviction case's journal on PostgreSQL 17: the same scenarios; migration 19 lets an entry be
 * the case's alone but never nobody's, and the journal's guard (migration 13.1) keeps a case's
 * entries append-only as it does a client's.
 */
@PostgresAppTest
class PostgresCaseJournalTest extends CaseJournalScenarios {

  @Test
  void anEntryBelongsToAClientOrACaseAndTheGuardStillHolds() {
    assertThat(jdbc.queryForList("SELECT version FROM flyway_schema_history WHERE version IN ('13.1', '19') AND success",
        String.class)).containsExactlyInAnyOrder("13.1", "19");
    Throwable nobodys = catchThrowable(() -> jdbc.update("INSERT INTO client_journal_entry (client_id, case_number, "
        + "kind, event_date, entry_text, written_at, written_by, written_by_name) "
        + "VALUES (NULL, NULL, 'NOTE', DATE '2026-11-01', 'x', now(), 'bosse', 'Bo Sandberg')"));
    assertThat(nobodys).isInstanceOf(DataAccessException.class);
    assertThat(NestedExceptionUtils.getMostSpecificCause(nobodys).getMessage()).contains("ck_client_journal_subject");

    long signed = written("bosse", "VISIT", "2026-11-05", "Hembesök", true).get("id").asLong();
    long unsigned = written("bosse", "NOTE", "2026-11-05", "Osignerad", false).get("id").asLong();
    for (String update : new String[] {
        "UPDATE client_journal_entry SET entry_text = 'ändrad' WHERE id = ?",
        "UPDATE client_journal_entry SET case_number = 'VR-2026-99999' WHERE id = ?",
        "UPDATE client_journal_entry SET client_id = (SELECT min(id) FROM client) WHERE id = ?",
        "DELETE FROM client_journal_entry WHERE id = ?"}) {
      assertThat(refusal(() -> jdbc.update(update, signed))).as(update).contains("client_journal_entry " + signed);
      assertThat(refusal(() -> jdbc.update(update, unsigned))).as(update).contains("client_journal_entry " + unsigned);
    }
    assertThat(http.postJson(journal() + "/" + unsigned + "/signature", "bosse", "demo", "").status()).isEqualTo(200);
    assertThat(jdbc.queryForObject("SELECT entry_text FROM client_journal_entry WHERE id = ?", String.class, signed))
        .isEqualTo("Hembesök");
  }

  /** The database's refusal (SQLState 42501, insufficient privilege): its message. */
  private static String refusal(org.assertj.core.api.ThrowableAssert.ThrowingCallable statement) {
    Throwable thrown = catchThrowable(statement);
    assertThat(thrown).isInstanceOf(DataAccessException.class);
    Throwable cause = NestedExceptionUtils.getMostSpecificCause(thrown);
    assertThat(cause).isInstanceOf(SQLException.class);
    assertThat(((SQLException) cause).getSQLState()).isEqualTo("42501");
    return cause.getMessage();
  }
}
