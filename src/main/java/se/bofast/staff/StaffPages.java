package se.bofast.staff;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** /personal/ shows the staff's start page (static/personal/index.html); the other pages are files beside it. */
@Configuration(proxyBeanMethods = false)
class StaffPages implements WebMvcConfigurer {

  static final String START_PAGE = "/personal/";

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addViewController(START_PAGE).setViewName("forward:/personal/index.html");
    registry.addRedirectViewController("/personal", START_PAGE);
  }
}
