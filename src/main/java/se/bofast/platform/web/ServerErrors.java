package se.bofast.platform.web;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.slf4j.Logger;

/**
 * What the application does with an error it did not expect (a 500): the caller gets a
 * Swedish sentence and a reference, never the exception's message (a database error names the
 * SQL statement, the columns and the values bound to them, which can be a personnummer); the
 * log gets the reference, the exception classes, SQL states and stack frames, but no exception
 * message and nothing from the request.
 */
public final class ServerErrors {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
  private static final int MAX_CAUSES = 20;

  private ServerErrors() {
  }

  /** A fresh reference such as "K7Q2-MX4D" that staff can read out over the phone. */
  public static String newReference() {
    StringBuilder reference = new StringBuilder(9);
    for (int i = 0; i < 8; i++) {
      if (i == 4) {
        reference.append('-');
      }
      reference.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
    }
    return reference.toString();
  }

  /** What the caller reads: a Swedish sentence with the reference. */
  public static String message(String reference) {
    return "Ett oväntat fel inträffade. Försök igen om en stund. Ange referens " + reference
        + " om du kontaktar supporten.";
  }

  /**
   * Logs the error at ERROR under a new reference and returns the reference. {@code where}
   * names the place (for example "POST /engine-rest/user/create"); it must not carry request
   * data such as a query string or a body.
   */
  public static String log(Logger log, String where, Throwable error) {
    String reference = newReference();
    log.error("Unexpected error {} in {}: {}", reference, where, classes(error), redacted(error));
    return reference;
  }

  /** The exception classes from the outermost to the root cause, with SQL states: no messages. */
  public static String classes(Throwable error) {
    StringBuilder out = new StringBuilder();
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = error; t != null && seen.add(t) && seen.size() <= MAX_CAUSES; t = t.getCause()) {
      if (!out.isEmpty()) {
        out.append(" <- ");
      }
      out.append(describe(t));
    }
    return out.toString();
  }

  /**
   * As {@link #redacted(Throwable)}, with the whole chain of classes and SQL states as the
   * outermost message: for a record that shows only that message (a failed job, an incident).
   */
  public static Throwable redactedWithCauses(Throwable error) {
    Redacted copy = new Redacted(classes(error), redacted(error.getCause()));
    copy.setStackTrace(error.getStackTrace());
    return copy;
  }

  /** Whether a database error is in the chain (its message names the SQL and the values bound to it). */
  public static boolean fromDatabase(Throwable error) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = error; t != null && seen.add(t) && seen.size() <= MAX_CAUSES; t = t.getCause()) {
      if (t instanceof SQLException) {
        return true;
      }
    }
    return false;
  }

  /**
   * A copy of the exception chain for the log: each link keeps the class name (and SQL state)
   * and the stack frames of the original, but not its message.
   */
  public static Throwable redacted(Throwable error) {
    return redacted(error, Collections.newSetFromMap(new IdentityHashMap<>()));
  }

  private static Redacted redacted(Throwable error, Set<Throwable> seen) {
    if (error == null || !seen.add(error) || seen.size() > MAX_CAUSES) {
      return null;
    }
    Redacted copy = new Redacted(describe(error), redacted(error.getCause(), seen));
    copy.setStackTrace(error.getStackTrace());
    return copy;
  }

  private static String describe(Throwable t) {
    String name = t.getClass().getName();
    if (t instanceof SQLException sql) {
      return name + " [SQLState " + sql.getSQLState() + ", error code " + sql.getErrorCode() + "]";
    }
    return name;
  }

  /** An exception in the log: the original's class name as its message, the original's frames. */
  static final class Redacted extends RuntimeException {

    private static final long serialVersionUID = 1L;

    Redacted(String originalClass, Throwable cause) {
      super(originalClass, cause, false, true);
    }
  }
}
