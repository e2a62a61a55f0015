package se.bofast.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.bofast.support.PostgresAppTest;

/** The client register on PostgreSQL 17: the V2 migration, the constraints and the same scenarios. */
@PostgresAppTest
class PostgresClientServiceTest extends ClientRegisterScenarios {

  @Test
  void theMigrationRanOnPostgresql() {
    assertThat(jdbc.queryForObject(
        "SELECT count(*) FROM flyway_schema_history WHERE version = '2' AND success", Integer.class)).isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT data_type FROM information_schema.columns "
        + "WHERE table_name = 'client' AND column_name = 'created_at'", String.class))
        .isEqualTo("timestamp with time zone");
  }

  @Test
  void theDatabaseItselfRefusesAClientWithNeitherPersonalNumberNorAlias() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update(
        "INSERT INTO client (coordination_number, needs, created_at, created_by, version) "
            + "VALUES (false, 'BOTH', CURRENT_TIMESTAMP, 'kim', 0)"))
        .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class)
        .hasMessageContaining("ck_client_identity");
  }
}
