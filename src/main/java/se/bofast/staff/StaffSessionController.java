package se.bofast.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import se.bofast.identity.WebappSessionAuthentication;

/**
 * Who uses the staff pages: the webapps' user of this browser session, the user's groups (so
 * that a page offers only the actions /api will allow) and the session's token that a page
 * sends in {@value WebappSessionAuthentication#CSRF_HEADER} with every change. 401 without a
 * webapps' login (the page then links to Tasklist's login).
 */
@RestController
class StaffSessionController {

  static final String PATH = "/personal/session";

  private final ProcessEngine engine;

  StaffSessionController(ProcessEngine engine) {
    this.engine = engine;
  }

  record StaffSession(String user, String name, List<String> groups, String csrfHeader, String csrfToken) {
  }

  @GetMapping(PATH)
  StaffSession session(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    String user = WebappSessionAuthentication.sessionUser(session, engine);
    IdentityService identity = engine.getIdentityService();
    org.camunda.bpm.engine.identity.User found = user == null ? null
        : identity.createUserQuery().userId(user).singleResult();
    if (found == null) {
      throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Logga in i Tasklist först.");
    }
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    String name = ((found.getFirstName() == null ? "" : found.getFirstName()) + " "
        + (found.getLastName() == null ? "" : found.getLastName())).strip();
    return new StaffSession(user, name.isEmpty() ? user : name, groups, WebappSessionAuthentication.CSRF_HEADER,
        WebappSessionAuthentication.csrfToken(session));
  }
}
