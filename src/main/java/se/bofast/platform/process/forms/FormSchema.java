package se.bofast.platform.process.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The fields a deployed Camunda Form declares (form-js JSON, schemaVersion 16): every
 * component with a {@code key}, nested groups included. Layout components (text, spacer,
 * image, button, ...) carry no value and are left out; the variables that selects take their
 * options from ({@code valuesKey}) are kept apart.
 */
public record FormSchema(String id, Map<String, FormField> fields, Set<String> valueSources) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> WITHOUT_VALUE = Set.of("text", "html", "image", "spacer", "separator",
      "button", "group", "iframe", "table", "documentPreview", "dynamiclist");

  /** A task or start event without a Camunda Form: nothing may be submitted. */
  static final FormSchema NONE = new FormSchema(null, Map.of(), Set.of());

  static FormSchema parse(byte[] json) {
    try {
      JsonNode root = JSON.readTree(json);
      Map<String, FormField> fields = new LinkedHashMap<>();
      Set<String> valueSources = new HashSet<>();
      collect(root.path("components"), fields, valueSources);
      return new FormSchema(root.path("id").asText(), Collections.unmodifiableMap(fields), Set.copyOf(valueSources));
    } catch (IOException e) {
      throw new IllegalStateException("A deployed form is not valid JSON", e);
    }
  }

  private static void collect(JsonNode components, Map<String, FormField> into, Set<String> valueSources) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      if (component.hasNonNull("key") && !WITHOUT_VALUE.contains(type)) {
        FormField field = FormField.of(component);
        into.put(field.key(), field);
      }
      if (component.hasNonNull("valuesKey")) {
        valueSources.add(component.get("valuesKey").asText());
      }
      collect(component.path("components"), into, valueSources);
    }
  }

  /** The variables Tasklist reads to show the form: its fields and the variables its selects take their options from. */
  public Set<String> shownVariables() {
    Set<String> shown = new HashSet<>(fields.keySet());
    shown.addAll(valueSources);
    return shown;
  }

  FormField field(String key) {
    return fields.get(key);
  }
}
