package se.bofast.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import se.bofast.support.PostgresAppTest;
import se.bofast.support.TestHttp;
import se.bofast.support.TestHttp.Response;

/**
 * The access log on PostgreSQL 17: a read is recorded there too, and the database itself keeps the
 * log append-only — the application's role has no UPDATE, DELETE or TRUNCATE on it, and triggers
 * refuse them even for a role that has (the embedded server's superuser, as here).
 */
@PostgresAppTest
class PostgresAccessLogTest {

  @LocalServerPort
  int port;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  se.bofast.client.ClientTeam team;

  @Test
  void aReadIsRecordedAndTheRowCanNeitherBeChangedNorDeleted() {
    TestHttp http = new TestHttp(port);
    Response created = http.postJson("/api/clients", "kim", "demo", "{\"alias\":\"Postgres\",\"needs\":\"BOTH\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long client = created.json().get("id").asLong();
    // the file is open to the client's team (ClientAccess): sara is its socialsekreterare
    team.assign(client, se.bofast.client.TeamRole.SOCIALSEKRETERARE, "sara", "eva");
    assertThat(http.get("/api/clients/" + client, "sara", "demo").status()).isEqualTo(200);
    Long id = jdbc.queryForObject("SELECT id FROM access_log WHERE client_id = ? AND user_id = 'sara'"
        + " AND endpoint = 'GET /api/clients/{id}'", Long.class, client);

    assertThat(refusal(() -> jdbc.update("UPDATE access_log SET user_id = 'kim' WHERE id = ?", id)))
        .contains("access_log is append-only");
    assertThat(refusal(() -> jdbc.update("DELETE FROM access_log WHERE id = ?", id)))
        .contains("access_log is append-only");
    assertThat(refusal(() -> jdbc.execute("TRUNCATE access_log CASCADE"))).contains("may not be truncated");
    assertThat(jdbc.queryForObject("SELECT user_id FROM access_log WHERE id = ?", String.class, id)).isEqualTo("sara");
  }

  @Test
  void theMigrationRevokedChangesAndAddedTheTriggers() {
    assertThat(jdbc.queryForList("SELECT version FROM flyway_schema_history WHERE version IN ('17', '17.1')"
        + " AND success", String.class)).containsExactlyInAnyOrder("17", "17.1");
    for (String table : AccessLogGuardMigration.TABLES) {
      assertThat(jdbc.queryForList("SELECT privilege_type FROM information_schema.role_table_grants"
          + " WHERE table_name = ? AND grantee IN (current_user, 'PUBLIC')", String.class, table))
          .as(table).contains("INSERT", "SELECT").doesNotContain("UPDATE", "DELETE", "TRUNCATE");
      assertThat(jdbc.queryForObject("SELECT count(*) FROM information_schema.triggers WHERE event_object_table = ?",
          Integer.class, table)).as(table + ": UPDATE and DELETE").isEqualTo(2);
      assertThat(jdbc.queryForObject("SELECT count(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
          + " WHERE c.relname = ? AND t.tgname = ?", Integer.class, table, table + "_no_truncate")).isEqualTo(1);
    }
  }

  /** The database's refusal (SQLState 42501, insufficient privilege): its message. */
  private static String refusal(ThrowingCallable statement) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(statement);
    assertThat(thrown).isInstanceOf(DataAccessException.class);
    Throwable cause = NestedExceptionUtils.getMostSpecificCause(thrown);
    assertThat(cause).isInstanceOf(SQLException.class);
    assertThat(((SQLException) cause).getSQLState()).isEqualTo("42501");
    return cause.getMessage();
  }
}
