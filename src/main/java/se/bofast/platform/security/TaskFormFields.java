package se.bofast.platform.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * The variables a task's Camunda Form shows: its fields' keys and the variables its selects take
 * their options from (components at any depth). Tasklist fills the form from these. One lookup per process definition and task: a deployed
 * definition's forms never change (formRefBinding="deployment").
 */
class TaskFormFields {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, Set<String>> byTaskDefinition = new ConcurrentHashMap<>();

  Set<String> of(TaskEntity task) {
    task.initializeFormKey();
    if (task.getCamundaFormRef() == null) {
      return Set.of();
    }
    return byTaskDefinition.computeIfAbsent(task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(),
        key -> read(task.getId()));
  }

  private static Set<String> read(String taskId) {
    try (InputStream form = Context.getProcessEngineConfiguration().getFormService().getDeployedTaskForm(taskId)) {
      Set<String> keys = new HashSet<>();
      collect(JSON.readTree(form), keys);
      return Set.copyOf(keys);
    } catch (NotFoundException e) {
      return Set.of(); // no deployed form: nothing of the process is shown on the task
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void collect(JsonNode node, Set<String> keys) {
    JsonNode components = node.get("components");
    if (components == null || !components.isArray()) {
      return;
    }
    for (JsonNode component : components) {
      for (String reference : new String[] {"key", "valuesKey"}) { // valuesKey: a select's options
        if (component.hasNonNull(reference)) {
          keys.add(component.get(reference).asText());
        }
      }
      collect(component, keys);
    }
  }
}
