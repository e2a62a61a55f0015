package se.bofast.identity;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * /engine-rest requires HTTP Basic against the engine's identity service; the engine's
 * authorizations then apply to the authenticated user (as Camunda Run does it). System
 * accounts are refused there ({@link EngineRestAuthentication}).
 *
 * <p>The application's own /api requires the same HTTP Basic or the webapps' login of the browser
 * session ({@link WebappSessionAuthentication}, for the staff pages; 401 otherwise) through the
 * same filter; the filter puts the user and the user's groups into
 * IdentityService#getCurrentAuthentication for the request (read by
 * se.bofast.platform.web.ApiAccess).
 */
@Configuration(proxyBeanMethods = false)
class RestSecurity {

  static final String API_PATTERN = "/api/*";

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new EngineRestAuthentication());
    registration.setName("engine-rest-authentication");
    registration.addUrlPatterns("/engine-rest/*");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.setOrder(10);
    return registration;
  }

  /**
   * The same filter for /api, but bound to this application's engine rather than looking
   * "default" up in the JVM-wide engine registry: /api code reads the authentication from
   * this context's IdentityService, so it must be set on the very same engine (the registry
   * can hold another context's engine of the same name, as in the test suite, where the H2
   * and the PostgreSQL applications both run an engine called "default").
   */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> apiAuthentication(ProcessEngine processEngine) {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter() {
          @Override
          protected ProcessEngine getAddressedEngine(String engineName) {
            return processEngine;
          }
        });
    registration.setName("api-authentication");
    registration.addUrlPatterns(API_PATTERN);
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        WebappSessionAuthentication.class.getName());
    registration.setOrder(10);
    return registration;
  }
}
