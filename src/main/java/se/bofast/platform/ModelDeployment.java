package se.bofast.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys processes/*.bpmn, processes/*.dmn and forms/*.form as ONE deployment, so that
 * {@code camunda:formRefBinding="deployment"} resolves.
 *
 * <p>Resource names are relative ("processes/client-journey.bpmn", "forms/x.form") whether
 * the application runs from the fat jar or exploded (spring-boot:run, IDE). With the
 * engine's duplicate filtering an unchanged set of files creates no new deployment and no
 * new definition version; a change to any file redeploys the whole set together.
 */
@Component
public class ModelDeployment implements InitializingBean {

  public static final String DEPLOYMENT_NAME = "bofast";
  static final String[] PATTERNS = {
      "classpath*:processes/**/*.bpmn", "classpath*:processes/**/*.dmn", "classpath*:forms/**/*.form"};

  private static final Logger log = LoggerFactory.getLogger(ModelDeployment.class);

  private final RepositoryService repositoryService;
  private final ResourcePatternResolver resolver;

  public ModelDeployment(RepositoryService repositoryService) {
    this.repositoryService = repositoryService;
    this.resolver = new PathMatchingResourcePatternResolver(ModelDeployment.class.getClassLoader());
  }

  @Override
  public void afterPropertiesSet() {
    deploy();
  }

  /** Deploys the models; returns the deployment now current (new or unchanged), or null when there are none. */
  public Deployment deploy() {
    Map<String, byte[]> models = collect();
    if (models.isEmpty()) {
      log.warn("No models found under processes/ or forms/: nothing deployed");
      return null;
    }
    DeploymentBuilder builder = repositoryService.createDeployment()
        .name(DEPLOYMENT_NAME)
        .source(DEPLOYMENT_NAME)
        .enableDuplicateFiltering(false);
    models.forEach((name, bytes) -> builder.addInputStream(name, new ByteArrayInputStream(bytes)));
    Deployment deployment = builder.deploy();
    log.info("Models deployed as '{}' (deployment {}): {}", DEPLOYMENT_NAME, deployment.getId(), models.keySet());
    return deployment;
  }

  Map<String, byte[]> collect() {
    Map<String, byte[]> models = new TreeMap<>();
    for (String pattern : PATTERNS) {
      String root = pattern.substring("classpath*:".length(), pattern.indexOf('/'));
      try {
        for (Resource resource : resolver.getResources(pattern)) {
          String name = stableName(resource.getURL().toString(), root);
          try (InputStream in = resource.getInputStream()) {
            models.putIfAbsent(name, in.readAllBytes());
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read models matching " + pattern, e);
      }
    }
    return models;
  }

  /**
   * The resource name as the engine stores it: the path from the model root on, e.g.
   * "jar:file:/app.jar!/BOOT-INF/classes!/processes/a.bpmn" and
   * "file:/home/x/bofast/target/classes/processes/a.bpmn" both give "processes/a.bpmn".
   */
  static String stableName(String url, String root) {
    int at = url.lastIndexOf("/" + root + "/");
    if (at < 0) {
      throw new IllegalArgumentException("Model " + url + " is not under a '" + root + "/' folder");
    }
    return url.substring(at + 1);
  }
}
