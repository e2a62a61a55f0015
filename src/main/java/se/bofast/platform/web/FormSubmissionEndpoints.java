package se.bofast.platform.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The engine REST endpoints (and the webapps' engine API) through which a form is submitted:
 * POST .../submit-form, .../complete, .../resolve and .../start.
 */
public final class FormSubmissionEndpoints {

  private FormSubmissionEndpoints() {
  }

  public static boolean matches(HttpServletRequest request) {
    String uri = request.getRequestURI();
    return "POST".equals(request.getMethod()) && (uri.endsWith("/submit-form") || uri.endsWith("/complete")
        || uri.endsWith("/resolve") || uri.endsWith("/start"));
  }
}
