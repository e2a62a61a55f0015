package se.bofast.platform.web;

/** The authenticated user may not do this: 403 over REST. */
public class ForbiddenException extends RuntimeException {

  public ForbiddenException(String message) {
    super(message);
  }
}
