package se.bofast.platform.web;

import java.time.LocalDate;

/**
 * The checks every module's services make on what staff send (a form, a REST body, a process
 * step's input) before anything is stored: present, not blank, not in the future. Each
 * failure is an {@link InvalidInputException} naming the field with a Swedish message for the
 * user; the value itself is never repeated in the message.
 */
public final class Inputs {

  private Inputs() {
  }

  /** The value, or a refusal naming the field when it is missing. */
  public static <T> T require(T value, String field, String message) {
    if (value == null) {
      throw new InvalidInputException(field, message);
    }
    return value;
  }

  /** The text stripped of surrounding white space, or a refusal naming the field when it is missing or blank. */
  public static String requireText(String value, String field, String message) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, message);
    }
    return value.strip();
  }

  /** The text stripped of surrounding white space, or null when it is missing or blank. */
  public static String trimToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** Refuses a date after today (a contact, a move or a relapse cannot be reported before it happened). */
  public static LocalDate notInFuture(LocalDate date, LocalDate today, String field) {
    if (date != null && date.isAfter(today)) {
      throw new InvalidInputException(field, "Datumet får inte ligga i framtiden.");
    }
    return date;
  }
}
