package se.bofast.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import se.bofast.BofastApplication;

/** The default profile's file database keeps its data, and a restart deploys nothing new. */
class RestartTest {

  @TempDir
  Path dataDir;

  @Test
  void dataSurvivesARestartAndNoDefinitionGetsANewVersion() {
    try (ConfigurableApplicationContext first = start()) {
      IdentityService identity = first.getBean(IdentityService.class);
      User user = identity.newUser("nils");
      user.setFirstName("Nils");
      user.setLastName("Ek");
      user.setPassword("hemligt-losen");
      identity.saveUser(user);
    }
    assertThat(dataDir.toFile().list()).as("database files under the data dir").contains("bofast.mv.db");

    try (ConfigurableApplicationContext second = start()) {
      IdentityService identity = second.getBean(IdentityService.class);
      assertThat(identity.createUserQuery().userId("nils").singleResult().getLastName()).isEqualTo("Ek");
      assertThat(identity.checkPassword("nils", "hemligt-losen")).isTrue();
      RepositoryService repository = second.getBean(RepositoryService.class);
      assertThat(repository.createDeploymentQuery().count()).isEqualTo(1);
      assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("platform-smoke")
          .latestVersion().singleResult().getVersion()).isEqualTo(1);
      // db/engine/*.sql ran again on the existing indexes (EngineIndexes): one due-date index
      assertThat(second.getBean(JdbcTemplate.class).queryForObject("SELECT count(*) FROM INFORMATION_SCHEMA.INDEXES"
          + " WHERE TABLE_NAME = 'ACT_RU_JOB' AND INDEX_NAME = 'BOFAST_IDX_JOB_DUEDATE'", Long.class)).isEqualTo(1);
    }
  }

  private ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(BofastApplication.class)
        .web(WebApplicationType.SERVLET)
        .run("--server.port=0",
            "--bofast.data-dir=" + dataDir,
            "--camunda.bpm.process-engine-name=restart-test",
            "--camunda.bpm.job-execution.enabled=false");
  }
}
