package se.bofast.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.bofast.support.AppTest;

@AppTest
class ModelDeploymentTest {

  @Autowired
  ModelDeployment modelDeployment;
  @Autowired
  RepositoryService repositoryService;

  @Test
  void processesAndFormsAreOneDeploymentWithRelativeNames() {
    Deployment deployment = repositoryService.createDeploymentQuery()
        .deploymentName(ModelDeployment.DEPLOYMENT_NAME).singleResult();
    assertThat(repositoryService.getDeploymentResources(deployment.getId()))
        .extracting(Resource::getName)
        .contains("processes/platform-smoke.bpmn", "forms/platform-smoke-start.form",
            "forms/platform-smoke-task.form")
        .allMatch(name -> name.startsWith("processes/") || name.startsWith("forms/"));
  }

  @Test
  void deployingUnchangedModelsAgainCreatesNoNewVersion() {
    Deployment before = repositoryService.createDeploymentQuery()
        .deploymentName(ModelDeployment.DEPLOYMENT_NAME).singleResult();

    Deployment again = modelDeployment.deploy();

    assertThat(again.getId()).isEqualTo(before.getId());
    assertThat(repositoryService.createDeploymentQuery().deploymentName(ModelDeployment.DEPLOYMENT_NAME).count())
        .isEqualTo(1);
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("platform-smoke")
        .latestVersion().singleResult().getVersion()).isEqualTo(1);
  }

  @Test
  void resourceNamesAreTheSameFromTheJarAndExploded() {
    assertThat(ModelDeployment.stableName(
        "jar:nested:/opt/bofast.jar/!BOOT-INF/classes/!/processes/client-journey.bpmn", "processes"))
        .isEqualTo("processes/client-journey.bpmn");
    assertThat(ModelDeployment.stableName(
        "file:/home/kim/bofast/target/classes/processes/client-journey.bpmn", "processes"))
        .isEqualTo("processes/client-journey.bpmn");
    assertThat(ModelDeployment.stableName("file:/srv/app/BOOT-INF/classes/forms/sub/a.form", "forms"))
        .isEqualTo("forms/sub/a.form");
    assertThatThrownBy(() -> ModelDeployment.stableName("file:/tmp/a.bpmn", "processes"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
