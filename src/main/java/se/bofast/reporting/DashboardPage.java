package se.bofast.reporting;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** /dashboard/ shows the dashboard page (static/dashboard/index.html). */
@Configuration(proxyBeanMethods = false)
class DashboardPage implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addViewController(ReportingConstants.DASHBOARD_PAGE).setViewName("forward:/dashboard/index.html");
    registry.addRedirectViewController("/dashboard", ReportingConstants.DASHBOARD_PAGE);
  }
}
