package se.bofast.platform.process.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The fields a deployed Camunda Form declares (form-js JSON, schemaVersion 16): every
 * component with a {@code key}, nested groups included. Layout components (text, spacer,
 * image, button, ...) carry no value and are left out.
 */
record FormSchema(String id, Map<String, FormField> fields) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> WITHOUT_VALUE = Set.of("text", "html", "image", "spacer", "separator",
      "button", "group", "iframe", "table", "documentPreview", "dynamiclist");

  /** A task or start event without a Camunda Form: nothing may be submitted. */
  static final FormSchema NONE = new FormSchema(null, Map.of());

  static FormSchema parse(byte[] json) {
    try {
      JsonNode root = JSON.readTree(json);
      Map<String, FormField> fields = new LinkedHashMap<>();
      collect(root.path("components"), fields);
      return new FormSchema(root.path("id").asText(), Collections.unmodifiableMap(fields));
    } catch (IOException e) {
      throw new IllegalStateException("A deployed form is not valid JSON", e);
    }
  }

  private static void collect(JsonNode components, Map<String, FormField> into) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      if (component.hasNonNull("key") && !WITHOUT_VALUE.contains(type)) {
        FormField field = FormField.of(component);
        into.put(field.key(), field);
      }
      collect(component.path("components"), into);
    }
  }

  FormField field(String key) {
    return fields.get(key);
  }
}
