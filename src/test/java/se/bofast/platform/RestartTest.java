package se.bofast.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import se.bofast.BofastApplication;
import se.bofast.support.WebappRuntimes;

/**
 * The default profile's file database keeps its data, and a restart deploys nothing new. May run in
 * one JVM with other suites: its applications' engine has a name of its own, so Camunda's JVM-wide
 * engine registry ("default" = another suite's application) is the same before and after, and the
 * webapps' runtimes, which stopping an application clears, are put back.
 */
class RestartTest {

  /** The starter ignores a name with a hyphen (and then registers and on close unregisters "default"). */
  static final String ENGINE = "restartTest";

  @TempDir
  Path dataDir;

  @Test
  void dataSurvivesARestartAndNoDefinitionGetsANewVersion() {
    Map<String, ProcessEngine> registeredBefore = Map.copyOf(ProcessEngines.getProcessEngines());
    try (WebappRuntimes kept = WebappRuntimes.keep()) {
      restartKeepsTheData();
    }
    assertThat(ProcessEngines.getProcessEngines()).as("the engines registered JVM-wide")
        .containsExactlyInAnyOrderEntriesOf(registeredBefore);
  }

  private void restartKeepsTheData() {
    try (ConfigurableApplicationContext first = start()) {
      assertThat(first.getBean(ProcessEngine.class).getName()).isEqualTo(ENGINE);
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
            "--camunda.bpm.process-engine-name=" + ENGINE,
            "--camunda.bpm.job-execution.enabled=false");
  }
}
