package se.bofast.platform.web;

/**
 * Input that a user or a system got wrong: a field and a Swedish message for the person
 * who must correct it. Over REST it becomes 400 application/problem+json naming the field;
 * thrown in a delegate or task listener it rolls the command back and Tasklist shows the
 * message.
 */
public class InvalidInputException extends RuntimeException {

  private final String field;

  public InvalidInputException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The name of the offending field as the caller sent it (JSON property or form key). */
  public String field() {
    return field;
  }
}
