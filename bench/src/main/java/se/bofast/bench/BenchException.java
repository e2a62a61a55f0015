package se.bofast.bench;

/** The benchmark cannot go on: the application or the database did not behave as expected. */
final class BenchException extends RuntimeException {

  BenchException(String message) {
    super(message);
  }

  BenchException(String message, Throwable cause) {
    super(message, cause);
  }
}
