package se.bofast.platform.process.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import se.bofast.platform.web.InvalidInputException;

/**
 * Checks one submitted value against the form component it belongs to: its type (a text
 * field takes a text, a number field a number, a checkbox true or false, a select or radio
 * one of its values, a date field an ISO date), its length, its range and its characters.
 * Only plain values pass: no object of any kind (Java-serialized, JSON, XML, bytes, files),
 * which is never deserialized here. Refusals are Swedish and name the field by its label;
 * they never repeat the value (it may be personal data, or megabytes).
 */
final class FieldValues {

  /** A text field without its own maxLength: the longest name or address column it may end up in. */
  static final int TEXT_MAX = 120;
  static final int TEXTAREA_MAX = 2000;
  static final BigDecimal NUMBER_MIN = new BigDecimal("-1000000000");
  static final BigDecimal NUMBER_MAX = new BigDecimal("1000000000");
  static final int YEAR_MIN = 1900;
  static final int YEAR_MAX = 2100;

  private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
  /** A form-js time: HH:mm, optionally seconds and an offset. */
  private static final Pattern TIME = Pattern.compile("\\d\\d:\\d\\d(:\\d\\d)?(Z|[+-]\\d\\d:?\\d\\d)?");
  private static final Pattern NUMERIC = Pattern.compile("-?\\d{1,15}([.,]\\d{1,6})?");
  /** C0 and C1 controls, DEL, bidirectional overrides and isolates, BOM, non-characters. */
  private static final Pattern FORBIDDEN_IN_TEXT =
      Pattern.compile("[\\x00-\\x1F\\x7F-\\x9F\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF\\uFFFE\\uFFFF]");
  private static final Pattern FORBIDDEN_IN_TEXTAREA =
      Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF\\uFFFE\\uFFFF]");

  private FieldValues() {
  }

  /** The plain value of a submitted variable, or a refusal for anything that is not plain. */
  static Object plain(String key, String label, TypedValue typed) {
    if (typed == null) {
      return null;
    }
    if (typed instanceof SerializableValue || ValueType.BYTES.equals(typed.getType())
        || ValueType.FILE.equals(typed.getType())) {
      throw refused(key, label, "får inte vara ett objekt eller en fil; skicka ett enkelt värde");
    }
    Object value = typed.getValue();
    if (value == null || value instanceof String || value instanceof Boolean || value instanceof Number
        || value instanceof Date) {
      return value;
    }
    throw refused(key, label, "får inte vara ett objekt eller en lista; skicka ett enkelt värde");
  }

  /** Checks the value against the field; null and the empty text always pass here (required is checked apart). */
  static void check(FormField field, Object value) {
    if (value == null || "".equals(value)) {
      return;
    }
    switch (field.type()) {
      case "number" -> number(field, value);
      case "checkbox" -> {
        if (!(value instanceof Boolean)) {
          throw refused(field, "ska vara ja eller nej (true eller false)");
        }
      }
      case "radio", "select" -> choice(field, value);
      case "datetime" -> dateTime(field, value);
      case "textarea" -> text(field, value, FORBIDDEN_IN_TEXTAREA, TEXTAREA_MAX);
      default -> text(field, value, FORBIDDEN_IN_TEXT, TEXT_MAX);
    }
  }

  static boolean isEmpty(Object value) {
    return value == null || value instanceof String s && s.isBlank();
  }

  /** A value as Tasklist shows it and sends it back: numbers compared by value, the rest as text. */
  static boolean sameValue(Object current, Object submitted) {
    if (isEmpty(current) || isEmpty(submitted)) {
      return isEmpty(current) && isEmpty(submitted);
    }
    if (current instanceof Number a && submitted instanceof Number b) {
      return decimal(a).compareTo(decimal(b)) == 0;
    }
    return String.valueOf(current).equals(String.valueOf(submitted));
  }

  private static void text(FormField field, Object value, Pattern forbidden, int defaultMax) {
    if (!(value instanceof String text)) {
      throw refused(field, "ska vara en text");
    }
    int max = field.maxLength() == null ? defaultMax : field.maxLength();
    if (text.length() > max) {
      throw refused(field, "får vara högst " + max + " tecken");
    }
    if (forbidden.matcher(text).find() || hasLoneSurrogate(text)) {
      throw refused(field, "innehåller otillåtna tecken (styrtecken)");
    }
  }

  private static void number(FormField field, Object value) {
    BigDecimal number;
    if (value instanceof Number n) {
      if (n instanceof Double d && (d.isNaN() || d.isInfinite()) || n instanceof Float f && (f.isNaN() || f.isInfinite())) {
        throw refused(field, "ska vara ett tal");
      }
      number = decimal(n);
    } else if (value instanceof String s && NUMERIC.matcher(s.trim()).matches()) {
      number = new BigDecimal(s.trim().replace(',', '.'));
    } else {
      throw refused(field, "ska vara ett tal");
    }
    BigDecimal min = field.min() == null ? NUMBER_MIN : field.min();
    BigDecimal max = field.max() == null ? NUMBER_MAX : field.max();
    if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
      throw refused(field, "ska vara mellan " + min.toPlainString() + " och " + max.toPlainString());
    }
  }

  private static void choice(FormField field, Object value) {
    if (!(value instanceof String || value instanceof Boolean || value instanceof Number)) {
      throw refused(field, "ska vara ett av formulärets val");
    }
    if (field.values() == null) {
      text(field, value.toString(), FORBIDDEN_IN_TEXT, TEXT_MAX);
    } else if (!field.values().contains(value.toString())) {
      throw new InvalidInputException(field.key(), "Ogiltigt val för \"" + field.label() + "\".");
    }
  }

  private static void dateTime(FormField field, Object value) {
    LocalDate day;
    if (value instanceof Date date) {
      day = date.toInstant().atZone(ZONE).toLocalDate();
    } else if (value instanceof String text && text.length() <= 40) {
      day = parse(field, text.trim());
    } else {
      throw refused(field, "ska vara ett datum (ÅÅÅÅ-MM-DD)");
    }
    if (day != null && (day.getYear() < YEAR_MIN || day.getYear() > YEAR_MAX)) {
      throw refused(field, "ska vara ett datum mellan år " + YEAR_MIN + " och " + YEAR_MAX);
    }
  }

  /** The day of a form-js date, date-time or time value; null for a time of day. */
  private static LocalDate parse(FormField field, String text) {
    try {
      if ("time".equals(field.subtype())) {
        if (!TIME.matcher(text).matches()) {
          throw new DateTimeParseException("not a time", text, 0);
        }
        LocalTime.parse(text.substring(0, 5));
        return null;
      }
      if (text.length() == 10) {
        return LocalDate.parse(text);
      }
      if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:?\\d\\d$")) {
        return OffsetDateTime.parse(text).toLocalDate();
      }
      return LocalDateTime.parse(text).toLocalDate();
    } catch (DateTimeParseException e) {
      throw refused(field, "time".equals(field.subtype()) ? "ska vara en tid (TT:MM)"
          : "date".equals(field.subtype()) ? "ska vara ett datum (ÅÅÅÅ-MM-DD)" : "ska vara datum och tid (ÅÅÅÅ-MM-DDTTT:MM)");
    }
  }

  private static boolean hasLoneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return true;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  private static BigDecimal decimal(Number n) {
    return n instanceof BigDecimal b ? b : new BigDecimal(n.toString());
  }

  static InvalidInputException refused(FormField field, String problem) {
    return refused(field.key(), field.label(), problem);
  }

  static InvalidInputException refused(String key, String label, String problem) {
    return new InvalidInputException(key, "\"" + label + "\" " + problem + ".");
  }
}
