package se.bofast.identity;

import jakarta.servlet.ServletRequest;

/**
 * Who called /engine-rest, as its authentication filter authenticated the request (HTTP Basic),
 * kept on the request. Code that needs the caller reads it here rather than asking an engine for
 * its current authentication: the filter authenticates on the engine Camunda's JVM-wide registry
 * names, and code inside the request may run as the application and change that authentication.
 */
public final class EngineRestCaller {

  static final String ATTRIBUTE = EngineRestCaller.class.getName();

  private EngineRestCaller() {
  }

  /** The authenticated caller's user id, or null when the request was not authenticated. */
  public static String of(ServletRequest request) {
    return (String) request.getAttribute(ATTRIBUTE);
  }

  static void remember(ServletRequest request, String userId) {
    request.setAttribute(ATTRIBUTE, userId);
  }
}
