package se.bofast.reporting;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import se.bofast.identity.Groups;

/**
 * The data of the enhetschef's dashboard (/dashboard/): the steering group's figures month
 * by month. It uses the webapps' login (the session of Cockpit or Tasklist), so a manager
 * who works in Cockpit needs no second password; only the enhetschef (and administrators)
 * may read it.
 */
@RestController
class DashboardController {

  static final int MONTHS = 12;

  private final KpiService kpis;
  private final ProcessEngine engine;
  private final Clock clock;

  DashboardController(KpiService kpis, ProcessEngine engine, Clock clock) {
    this.kpis = kpis;
    this.engine = engine;
    this.clock = clock;
  }

  record Month(String month, KpiFigures figures) {
  }

  /** labels: the Swedish names of Kronofogden's terms, by figure (signalsByType, ...) and key. */
  record Dashboard(String user, LocalDate asOf, List<Month> months, KpiFigures yearToDate,
      Map<String, Map<String, String>> labels) {
  }

  @GetMapping(ReportingConstants.DASHBOARD_DATA)
  Dashboard data(HttpServletRequest request) {
    String user = enhetschef(request.getSession(false));
    LocalDate today = LocalDate.now(clock);
    YearMonth current = YearMonth.from(today);
    List<Month> months = new ArrayList<>();
    for (int back = MONTHS - 1; back >= 0; back--) {
      YearMonth month = current.minusMonths(back);
      LocalDate end = back == 0 ? today : month.atEndOfMonth();
      months.add(new Month(month.toString(), kpis.figures(month.atDay(1), end)));
    }
    return new Dashboard(user, today, months, kpis.figures(today.withDayOfYear(1), today), EvictionLabels.BY_FIGURE);
  }

  private String enhetschef(HttpSession session) {
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
