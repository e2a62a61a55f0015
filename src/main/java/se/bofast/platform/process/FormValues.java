package se.bofast.platform.process;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import se.bofast.platform.web.InvalidInputException;

/**
 * Reads what Camunda Forms submit. Tasklist sends untyped values (numbers as Integer or
 * Long, dates as "yyyy-MM-dd" strings) and validates nothing on the server: these readers
 * do, with a Swedish message naming the field, so that Tasklist shows it and the command
 * rolls back.
 */
public final class FormValues {

  private static final java.time.ZoneId ZONE = java.time.ZoneId.of("Europe/Stockholm");

  private FormValues() {
  }

  public static String text(VariableScope scope, String key) {
    Object value = scope.getVariable(key);
    if (value == null) {
      return null;
    }
    String text = value.toString().trim();
    return text.isEmpty() ? null : text;
  }

  public static String requiredText(VariableScope scope, String key, String label) {
    String text = text(scope, key);
    if (text == null) {
      throw new InvalidInputException(key, label + " måste fyllas i.");
    }
    return text;
  }

  public static Integer integer(VariableScope scope, String key, String label) {
    Object value = scope.getVariable(key);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    if (value instanceof Number number) {
      if (number.doubleValue() != Math.rint(number.doubleValue())) {
        throw new InvalidInputException(key, label + " ska vara ett heltal.");
      }
      return number.intValue();
    }
    try {
      return Integer.valueOf(value.toString().trim());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(key, label + " ska vara ett heltal.");
    }
  }

  public static java.math.BigDecimal decimal(VariableScope scope, String key, String label) {
    Object value = scope.getVariable(key);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    try {
      return new java.math.BigDecimal(value.toString().trim().replace(',', '.').replace(" ", ""));
    } catch (NumberFormatException e) {
      throw new InvalidInputException(key, label + " ska vara ett belopp i kronor.");
    }
  }

  /** A date and time as form-js sends it ("2026-03-04T10:00", with or without seconds and offset). */
  public static java.time.LocalDateTime dateTime(VariableScope scope, String key, String label) {
    Object value = scope.getVariable(key);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    if (value instanceof Date date) {
      return date.toInstant().atZone(ZONE).toLocalDateTime();
    }
    String text = value.toString().trim();
    try {
      if (text.length() > 16 && (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:?\\d\\d$"))) {
        return java.time.OffsetDateTime.parse(text).atZoneSameInstant(ZONE).toLocalDateTime();
      }
      return java.time.LocalDateTime.parse(text.length() == 10 ? text + "T00:00" : text);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(key, label + " ska vara datum och tid (ÅÅÅÅ-MM-DD TT:MM), inte \"" + text + "\".");
    }
  }

  public static boolean flag(VariableScope scope, String key) {
    Object value = scope.getVariable(key);
    return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
  }

  public static LocalDate date(VariableScope scope, String key, String label) {
    Object value = scope.getVariable(key);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    if (value instanceof Date date) {
      return date.toInstant().atZone(ZONE).toLocalDate();
    }
    String text = value.toString().trim();
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(key, label + " ska vara ett datum (ÅÅÅÅ-MM-DD), inte \"" + text + "\".");
    }
  }

  public static <E extends Enum<E>> E choice(VariableScope scope, String key, Class<E> type, String label) {
    String text = text(scope, key);
    if (text == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(key, "Ogiltigt val för " + label.toLowerCase() + ": " + text + ".");
    }
  }
}
