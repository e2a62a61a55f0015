package se.bofast.reporting;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import se.bofast.identity.Groups;

/**
 * The dashboard's login: the webapps' session (Cockpit or Tasklist), so a manager who works in
 * Cockpit needs no second password; only the enhetschef (and administrators) get in.
 */
@Component
class DashboardSession {

  private final ProcessEngine engine;

  DashboardSession(ProcessEngine engine) {
    this.engine = engine;
  }

  /** The logged-in enhetschef's user id; 401 without a webapp login, 403 for anyone else. */
  String enhetschef(HttpSession session) {
    Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    Authentication authentication = authentications == null ? null
        : authentications.getAuthenticationForProcessEngine(engine.getName());
    if (!(authentication instanceof UserAuthentication user)) {
      throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Logga in i Cockpit först.");
    }
    List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    if (!groups.contains(Groups.ENHETSCHEF) && !groups.contains(Groups.ADMIN)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Översikten är för enhetschefer.");
    }
    return user.getIdentityId();
  }
}
