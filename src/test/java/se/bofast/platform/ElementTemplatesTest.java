package se.bofast.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * processes/.camunda/element-templates: one Camunda 7 element template per delegate the models
 * use, binding camunda:delegateExpression, with asyncBefore where every model's use has it.
 * Plain unit test on the files, no Spring context.
 */
class ElementTemplatesTest {

  private static final Path TEMPLATES = Path.of("processes", ".camunda", "element-templates");
  private static final Pattern SERVICE_TASK = Pattern.compile(
      "<bpmn:serviceTask\\b[^>]*?camunda:delegateExpression=\"\\$\\{(\\w+)}\"[^>]*>");

  @Test
  void everyDelegateTheModelsUseHasATemplateAndNoTemplateIsStale() throws IOException {
    Map<String, Boolean> asyncInModels = new HashMap<>();
    try (Stream<Path> models = Files.list(Path.of("processes"))) {
      for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
        Matcher m = SERVICE_TASK.matcher(Files.readString(model));
        while (m.find()) {
          boolean async = m.group(0).contains("camunda:asyncBefore=\"true\"");
          asyncInModels.merge(m.group(1), async, Boolean::logicalAnd);
        }
      }
    }
    ObjectMapper json = new ObjectMapper();
    Set<String> templated = new TreeSet<>();
    try (Stream<Path> files = Files.list(TEMPLATES)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".json")).toList()) {
        for (JsonNode template : json.readTree(file.toFile())) {
          assertThat(template.path("$schema").asText()).contains("element-templates-json-schema");
          assertThat(template.path("appliesTo").toString()).contains("bpmn:ServiceTask");
          assertThat(template.path("name").asText()).as(file + ": a Swedish name").isNotBlank();
          String delegate = null;
          boolean async = false;
          for (JsonNode property : template.path("properties")) {
            String binding = property.path("binding").path("name").asText();
            if (binding.equals("camunda:delegateExpression")) {
              delegate = property.path("value").asText().replaceAll("^\\$\\{(\\w+)}$", "$1");
            }
            if (binding.equals("camunda:asyncBefore")) {
              async = property.path("value").asBoolean();
            }
          }
          assertThat(delegate).as(file + ": binds camunda:delegateExpression").isNotNull();
          assertThat(asyncInModels).as(file + ": a delegate the models use").containsKey(delegate);
          assertThat(async).as(file + ": asyncBefore as in the models").isEqualTo(asyncInModels.get(delegate));
          templated.add(delegate);
        }
      }
    }
    assertThat(templated).containsExactlyInAnyOrderElementsOf(asyncInModels.keySet());
  }
}
