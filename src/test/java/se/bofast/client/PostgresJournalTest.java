package se.bofast.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessException;
import se.bofast.support.PostgresAppTest;

/**
 * The journal on PostgreSQL 17: the same scenarios, and the database's own guard, which
 * refuses what the application never does — changing a signed entry, changing anything of an
 * unsigned one but its author's signature, deleting or truncating.
 */
@PostgresAppTest
class PostgresJournalTest extends JournalScenarios {

  @Test
  void theMigrationsRan() {
    assertThat(jdbc.queryForList("SELECT version FROM flyway_schema_history WHERE version IN ('13', '13.1') AND success",
        String.class)).containsExactlyInAnyOrder("13", "13.1");
    assertThat(jdbc.queryForObject("SELECT count(*) FROM information_schema.triggers "
        + "WHERE event_object_table = 'client_journal_entry'", Integer.class)).as("UPDATE and DELETE rows").isEqualTo(2);
  }

  @Test
  void aSignedEntryCannotBeChangedEvenInTheDatabase() {
    String marker = marker();
    long id = written("kim", "NOTE", "2026-11-05", "Signerad " + marker, true).get("id").asLong();

    for (String update : new String[] {
        "UPDATE client_journal_entry SET entry_text = 'ändrad' WHERE id = ?",
        "UPDATE client_journal_entry SET event_date = DATE '2026-01-01' WHERE id = ?",
        "UPDATE client_journal_entry SET signed_at = NULL, signed_by = NULL WHERE id = ?",
        "UPDATE client_journal_entry SET signed_at = signed_at + INTERVAL '1 day' WHERE id = ?",
        "UPDATE client_journal_entry SET corrects_id = NULL WHERE id = ?",
        "DELETE FROM client_journal_entry WHERE id = ?"}) {
      assertThat(refusal(() -> jdbc.update(update, id))).as(update)
          .contains("client_journal_entry " + id).doesNotContain(marker);
    }
    assertThat(jdbc.queryForObject("SELECT entry_text FROM client_journal_entry WHERE id = ?", String.class, id))
        .isEqualTo("Signerad " + marker);
  }

  @Test
  void anUnsignedEntryMayOnlyBeSignedByItsAuthor() {
    long id = written("lotta", "VISIT", "2026-11-05", "Osignerad", false).get("id").asLong();

    for (String update : new String[] {
        "UPDATE client_journal_entry SET entry_text = 'ändrad' WHERE id = ?",
        "UPDATE client_journal_entry SET written_by = 'kim' WHERE id = ?",
        "UPDATE client_journal_entry SET kind = 'DECISION', signed_at = now(), signed_by = written_by WHERE id = ?",
        "UPDATE client_journal_entry SET signed_at = now(), signed_by = 'kim' WHERE id = ?",
        "DELETE FROM client_journal_entry WHERE id = ?"}) {
      assertThat(refusal(() -> jdbc.update(update, id))).as(update).contains("client_journal_entry " + id);
    }
    assertThat(refusal(() -> jdbc.execute("TRUNCATE client_journal_entry"))).contains("may not be truncated");
    assertThat(http.postJson(journal() + "/" + id + "/signature", "lotta", "demo", "").status()).isEqualTo(200);
    assertThat(jdbc.queryForObject("SELECT signed_by FROM client_journal_entry WHERE id = ?", String.class, id))
        .isEqualTo("lotta");
  }

  /** The database's refusal (SQLState 42501, insufficient privilege): its message. */
  private static String refusal(org.assertj.core.api.ThrowableAssert.ThrowingCallable statement) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(statement);
    assertThat(thrown).isInstanceOf(DataAccessException.class);
    Throwable cause = NestedExceptionUtils.getMostSpecificCause(thrown);
    assertThat(cause).isInstanceOf(SQLException.class);
    assertThat(((SQLException) cause).getSQLState()).isEqualTo("42501");
    return cause.getMessage();
  }
}
