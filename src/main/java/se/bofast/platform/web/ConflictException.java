package se.bofast.platform.web;

/**
 * The request is well formed but clashes with what is stored (an entry signed already, an
 * entry corrected already): 409 over REST, with a Swedish message that repeats no stored text.
 */
public class ConflictException extends RuntimeException {

  public ConflictException(String message) {
    super(message);
  }
}
