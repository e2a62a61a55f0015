package se.bofast.reporting;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

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
  private final DashboardSession login;
  private final Clock clock;

  DashboardController(KpiService kpis, DashboardSession login, Clock clock) {
    this.kpis = kpis;
    this.login = login;
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
    String user = login.enhetschef(request.getSession(false));
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
}
