package se.bofast.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.bofast.support.PostgresAppTest;
import se.bofast.support.TestHttp;
import se.bofast.support.TestHttp.Response;

/** The platform on PostgreSQL: schema, deployment, login, a process start and a task completion. */
@PostgresAppTest
class PostgresPlatformTest {

  @LocalServerPort
  int port;
  @Autowired
  DataSource dataSource;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  RepositoryService repositoryService;

  @Test
  void runsOnPostgresql() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
    }
  }

  @Test
  void flywayAndCamundaCreatedTheirSchemas() {
    assertThat(jdbc.queryForObject(
        "SELECT count(*) FROM flyway_schema_history WHERE version = '1' AND success", Integer.class)).isEqualTo(1);
    assertThat(jdbc.queryForList("SELECT version_ FROM act_ge_schema_log", String.class)).contains("7.24.0");
    assertThat(jdbc.queryForObject("SELECT count(*) FROM act_id_group", Integer.class)).isEqualTo(7);
  }

  @Test
  void modelsAreDeployedOnce() {
    assertThat(repositoryService.createDeploymentQuery().deploymentName(ModelDeployment.DEPLOYMENT_NAME).count())
        .isEqualTo(1);
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("platform-smoke").count())
        .isEqualTo(1);
  }

  @Test
  void staffLogInStartAProcessAndCompleteATask() {
    TestHttp http = new TestHttp(port);
    assertThat(http.webappLogin("tasklist", "kim", "demo").status()).isEqualTo(200);
    assertThat(http.webappLogin("cockpit", "lotta", "demo").status()).isEqualTo(403);

    Response started = http.postJson("/engine-rest/process-definition/key/platform-smoke/start", "kim", "demo",
        "{\"businessKey\":\"PG-1\"}");
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String instanceId = started.json().get("id").asText();

    Response tasks = http.get("/engine-rest/task?processInstanceId=" + instanceId, "lotta", "demo");
    assertThat(tasks.json()).hasSize(1);
    assertThat(tasks.json().get(0).get("name").asText()).isEqualTo("Förbered inflyttning");
    String taskId = tasks.json().get(0).get("id").asText();
    assertThat(http.postJson("/engine-rest/task/" + taskId + "/complete", "lotta", "demo", "{}").status())
        .isEqualTo(204);

    assertThat(jdbc.queryForObject("SELECT state_ FROM act_hi_procinst WHERE id_ = ?", String.class, instanceId))
        .isEqualTo("COMPLETED");
  }
}
