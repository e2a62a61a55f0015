package se.bofast.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

/**
 * Dates in /api's JSON are ISO text or null, nothing else. Jackson's java.time deserializers also
 * take an array — {@code [2026,1,5]}, and {@code []} as no date at all, which let a malformed
 * {@code validFrom} be stored as today — and the coercion switches in {@link StrictJson} do not
 * reach that path, so the shape is checked here before the usual deserializer reads the text.
 */
final class TextDates extends BeanDeserializerModifier {

  private static final Set<Class<?>> DATES = Set.of(LocalDate.class, LocalDateTime.class);

  @Override
  public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
      JsonDeserializer<?> deserializer) {
    return DATES.contains(description.getBeanClass()) ? new TextOnly(deserializer) : deserializer;
  }

  /** Refuses every token but a string (null never reaches a deserializer). */
  private static final class TextOnly extends DelegatingDeserializer {

    TextOnly(JsonDeserializer<?> delegate) {
      super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
      return new TextOnly(delegate);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return ctxt.handleUnexpectedToken(handledType(), p);
      }
      return super.deserialize(p, ctxt);
    }
  }
}
