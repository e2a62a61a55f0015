package se.bofast.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * How /api knows its caller: HTTP Basic when the request carries an Authorization header (as
 * before), otherwise the user logged into the webapps (Tasklist, Cockpit) in this browser
 * session, so that the staff pages (/personal/) call /api without a second password.
 *
 * <p>A session-authenticated request that changes something (not GET, HEAD or OPTIONS) must
 * carry the session's token in {@value #CSRF_HEADER} (the staff pages read it from
 * /personal/session): a page of another site cannot read it, so it cannot make the browser
 * act with the user's session. The groups are the identity service's current ones (the filter
 * reads them), not those remembered at login; a user deleted since login is refused.
 *
 * <p>A refused request from the staff pages (they send {@value #CSRF_HEADER} on every call)
 * gets no HTTP Basic challenge, so that an expired login shows the page's Swedish message
 * rather than the browser's password dialog; every other caller gets the challenge as before.
 */
public class WebappSessionAuthentication implements AuthenticationProvider {

  public static final String CSRF_HEADER = "X-Bofast-Csrf";
  static final String CSRF_SESSION_ATTRIBUTE = "se.bofast.identity.staffPagesCsrfToken";
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Set while a refused request of the staff pages is answered (the filter calls both methods on one thread). */
  private static final ThreadLocal<Boolean> FROM_STAFF_PAGE = new ThreadLocal<>();

  private final HttpBasicAuthenticationProvider basic = new HttpBasicAuthenticationProvider();

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    AuthenticationResult result = authenticate(request, engine);
    if (result.isAuthenticated() || request.getHeader(CSRF_HEADER) == null) {
      FROM_STAFF_PAGE.remove();
    } else {
      FROM_STAFF_PAGE.set(Boolean.TRUE);
    }
    return result;
  }

  private AuthenticationResult authenticate(HttpServletRequest request, ProcessEngine engine) {
    if (request.getHeader("Authorization") != null) {
      return basic.extractAuthenticatedUser(request, engine);
    }
    HttpSession session = request.getSession(false);
    String user = sessionUser(session, engine);
    if (user == null || !SAFE_METHODS.contains(request.getMethod()) && !csrfTokenMatches(session, request)) {
      return AuthenticationResult.unsuccessful();
    }
    if (engine.getIdentityService().createUserQuery().userId(user).count() != 1) {
      return AuthenticationResult.unsuccessful();
    }
    return AuthenticationResult.successful(user);
  }

  @Override
  public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
    boolean fromStaffPage = Boolean.TRUE.equals(FROM_STAFF_PAGE.get());
    FROM_STAFF_PAGE.remove();
    if (!fromStaffPage) {
      basic.augmentResponseByAuthenticationChallenge(response, engine);
    }
  }

  /** The webapps' user of this session for the engine, or null. */
  public static String sessionUser(HttpSession session, ProcessEngine engine) {
    Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    Authentication authentication = authentications == null ? null
        : authentications.getAuthenticationForProcessEngine(engine.getName());
    return authentication instanceof UserAuthentication user ? user.getIdentityId() : null;
  }

  /** The session's token for {@value #CSRF_HEADER}, made on first use. */
  public static String csrfToken(HttpSession session) {
    synchronized (session) {
      Object token = session.getAttribute(CSRF_SESSION_ATTRIBUTE);
      if (token instanceof String existing) {
        return existing;
      }
      byte[] bytes = new byte[32];
      RANDOM.nextBytes(bytes);
      String fresh = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      session.setAttribute(CSRF_SESSION_ATTRIBUTE, fresh);
      return fresh;
    }
  }

  private static boolean csrfTokenMatches(HttpSession session, HttpServletRequest request) {
    Object expected = session.getAttribute(CSRF_SESSION_ATTRIBUTE);
    String given = request.getHeader(CSRF_HEADER);
    return expected instanceof String token && given != null
        && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }
}
