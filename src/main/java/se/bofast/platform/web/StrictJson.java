package se.bofast.platform.web;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * How /api reads JSON: exactly what was sent, nothing guessed. Jackson's own switches do
 * the work (no hand-written parsing): unknown properties, a property given twice in one
 * object, enum constants sent as numbers, fractions for whole numbers, and every
 * coercion between scalar types (a string or a number for a boolean, a boolean or a
 * number for a text, a number for a date, a boolean for a number) are errors, which the
 * exception handler answers 400 naming the field.
 */
final class StrictJson {

  private StrictJson() {
  }

  /** A strict copy of the application's mapper (the shared bean is left as it is). */
  static ObjectMapper strict(ObjectMapper shared) {
    ObjectMapper mapper = shared.copy()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    // dates: ISO text only, no epoch numbers (a number for validFrom was a 500)
    mapper.setDefaultLeniency(false);
    // dates: text only, never an array ([] was taken as no date, [2026,1,5] as a date)
    mapper.registerModule(new com.fasterxml.jackson.databind.module.SimpleModule("text-dates")
        .setDeserializerModifier(new TextDates()));
    mapper.configOverride(java.time.LocalDate.class).setFormat(JsonFormat.Value.forLeniency(false));
    mapper.configOverride(java.time.LocalDateTime.class).setFormat(JsonFormat.Value.forLeniency(false));
    mapper.coercionConfigFor(LogicalType.Boolean)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    mapper.coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    // a number in quotes ("2") stays a number: it means the same, and the refusal of "två" names the value
    for (LogicalType number : new LogicalType[] {LogicalType.Integer, LogicalType.Float}) {
      mapper.coercionConfigFor(number)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }
    mapper.coercionConfigFor(LogicalType.Enum)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    mapper.coercionConfigFor(LogicalType.DateTime)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    return mapper;
  }
}
