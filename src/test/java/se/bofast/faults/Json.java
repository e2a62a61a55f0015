package se.bofast.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/** Reading one field of an answer. */
final class Json {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {
  }

  static String field(String json, String name) {
    try {
      JsonNode value = MAPPER.readTree(json).get(name);
      if (value == null || value.isNull()) {
        throw new AssertionError("No '" + name + "' in the answer");
      }
      return value.asText();
    } catch (IOException e) {
      throw new AssertionError("Not JSON: " + e.getMessage(), e);
    }
  }
}
