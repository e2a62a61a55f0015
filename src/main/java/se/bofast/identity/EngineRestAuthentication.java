package se.bofast.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

/**
 * Camunda's HTTP Basic authentication for /engine-rest, plus two rules of the application
 * (403 with the engine's error JSON):
 * <ul>
 *   <li>the system accounts (group {@code intake}) only post eviction signals over /api and
 *       may call nothing of the engine's REST API, not even what the engine lets any
 *       authenticated user read (their own user and group, empty lists);</li>
 *   <li>{@code POST /identity/verify} (checks any user's password) is for camunda-admin only:
 *       neither Tasklist nor Cockpit uses it, and for anyone else it would be a way to try
 *       other users' passwords.</li>
 * </ul>
 */
class EngineRestAuthentication extends ProcessEngineAuthenticationFilter {

  static final String SYSTEM_ACCOUNT_REFUSED = "{\"type\":\"AuthorizationException\","
      + "\"message\":\"Systemkonton har ingen åtkomst till processmotorns REST-API.\"}";
  static final String VERIFY_REFUSED = "{\"type\":\"AuthorizationException\","
      + "\"message\":\"Endast administratörer får kontrollera lösenord.\"}";

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    super.doFilter(request, response, (authenticated, answer) -> {
      ProcessEngine engine = getAddressedEngine(DEFAULT_ENGINE_NAME);
      Authentication user = engine == null ? null : engine.getIdentityService().getCurrentAuthentication();
      EngineRestCaller.remember(authenticated, user == null ? null : user.getUserId());
      if (inGroup(user, Groups.INTAKE)) {
        refuse((HttpServletResponse) answer, SYSTEM_ACCOUNT_REFUSED);
      } else if (user != null && isVerify((HttpServletRequest) authenticated) && !inGroup(user, Groups.ADMIN)) {
        refuse((HttpServletResponse) answer, VERIFY_REFUSED);
      } else {
        chain.doFilter(authenticated, answer);
      }
    });
  }

  /** On the decoded and normalised path (no ;parameters, no %-escapes), as JAX-RS matches it. */
  private static boolean isVerify(HttpServletRequest request) {
    String path = (request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo()))
        .replaceAll("/+$", "");
    return path.endsWith("/identity/verify");
  }

  private static boolean inGroup(Authentication user, String group) {
    return user != null && user.getGroupIds() != null && user.getGroupIds().contains(group);
  }

  private static void refuse(HttpServletResponse response, String body) throws IOException {
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(body);
  }
}
