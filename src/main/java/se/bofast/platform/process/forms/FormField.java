package se.bofast.platform.process.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One keyed component of a deployed Camunda Form (form-js schema), as far as the server
 * needs it to check a submitted value: its type, whether staff may edit it, whether it is
 * required, and the limits the form declares (validate.maxLength, min, max, the values of a
 * select or radio).
 *
 * @param values the allowed values of a select or radio; null when the component has none
 *     of its own (any value then passes as a text)
 */
record FormField(String key, String type, String label, String subtype, boolean readonly, boolean required,
    Integer maxLength, BigDecimal min, BigDecimal max, List<String> values) {

  static FormField of(JsonNode component) {
    JsonNode validate = component.path("validate");
    boolean conditional = component.hasNonNull("conditional");
    List<String> values = null;
    if (component.path("values").isArray() && !component.hasNonNull("valuesKey")
        && !component.hasNonNull("valuesExpression")) {
      values = new ArrayList<>();
      for (JsonNode value : component.path("values")) {
        values.add(value.path("value").asText());
      }
    }
    String label = component.path("label").asText("");
    if (label.isBlank()) {
      label = component.path("dateLabel").asText(component.path("timeLabel").asText(""));
    }
    return new FormField(component.path("key").asText(), component.path("type").asText(),
        label.isBlank() ? component.path("key").asText() : label,
        component.path("subtype").asText(""),
        component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false),
        validate.path("required").asBoolean(false) && !conditional,
        validate.hasNonNull("maxLength") ? validate.get("maxLength").asInt() : null,
        number(validate.get("min")), number(validate.get("max")), values);
  }

  private static BigDecimal number(JsonNode node) {
    return node != null && node.isNumber() ? node.decimalValue() : null;
  }
}
