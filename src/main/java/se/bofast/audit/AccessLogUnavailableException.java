package se.bofast.audit;

/**
 * The access log could not be written: the read is refused rather than shown unrecorded
 * (answered 503 in Swedish). The message names no person.
 */
class AccessLogUnavailableException extends RuntimeException {

  AccessLogUnavailableException(Throwable cause) {
    super("access log not written", cause);
  }
}
