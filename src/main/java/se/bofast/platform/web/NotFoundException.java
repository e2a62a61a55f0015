package se.bofast.platform.web;

/** A resource addressed in the path does not exist: 404 over REST. */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }
}
