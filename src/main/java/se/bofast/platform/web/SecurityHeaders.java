package se.bofast.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.spring.boot.starter.property.HeaderSecurityProperties;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers of every answer, in every profile, in one place:
 * <ul>
 * <li>{@code Content-Security-Policy}: the webapps (Tasklist, Cockpit, Admin under
 * /camunda/app and /camunda/api) keep the policy of Camunda's own header filter, which puts a
 * fresh nonce into it and into the pages' script tags on each request; it is set here as
 * {@link #WEBAPP_POLICY} (Camunda's default without the {@code https:} fallback for scripts).
 * Everything else (/api, /engine-rest, /dashboard, /webjars, error pages) gets
 * {@link #APPLICATION_POLICY}: scripts, styles and data from this origin only, no inline
 * script or style, no framing;</li>
 * <li>{@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: same-origin},
 * {@code X-Frame-Options: DENY}; {@code X-XSS-Protection: 0} (the browsers' XSS auditor is
 * gone and its blocking mode could be abused; Camunda's "1; mode=block" is switched off);</li>
 * <li>{@code Strict-Transport-Security} when the request came over TLS (directly, or through a
 * proxy that says so in X-Forwarded-Proto: prod sets server.forward-headers-strategy);</li>
 * <li>{@code Cache-Control: no-store} on what carries personal data: /api, /engine-rest, the
 * webapps' APIs and the dashboard's data; later filters (Camunda's sets "no-cache" on the
 * webapps' API) cannot weaken it (and error answers).</li>
 * </ul>
 * The session cookie's flags are Tomcat's and Camunda's settings in application.yaml
 * (HttpOnly, SameSite=Lax everywhere, Secure in prod).
 */
@Configuration(proxyBeanMethods = false)
class SecurityHeaders {

  static final String APPLICATION_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
      + "form-action 'self'; frame-ancestors 'none'";

  /** Camunda 7.24's default for the webapps, without "https:" in script-src. $NONCE: Camunda's. */
  static final String WEBAPP_POLICY = "base-uri 'self'; "
      + "script-src $NONCE 'strict-dynamic' 'unsafe-eval' 'self' 'unsafe-inline'; "
      + "style-src 'unsafe-inline' 'self'; default-src 'self'; img-src 'self' data:; block-all-mixed-content; "
      + "form-action 'self'; frame-ancestors 'none'; object-src 'none'; "
      + "sandbox allow-forms allow-scripts allow-same-origin allow-popups allow-downloads";

  static final String HSTS = "max-age=31536000; includeSubDomains";

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> securityHeadersFilter() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter());
    registration.setName("security-headers");
    registration.addUrlPatterns("/*");
    registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE); // before authentication: a 401 has them too
    return registration;
  }

  /** Camunda's header filter for the webapps: the webapps' policy, no X-XSS-Protection of its own. */
  @Bean
  static BeanPostProcessor webappHeaderSecurity() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof CamundaBpmProperties properties) {
          HeaderSecurityProperties headers = properties.getWebapp().getHeaderSecurity();
          if (headers.getContentSecurityPolicyValue() == null || headers.getContentSecurityPolicyValue().isBlank()) {
            headers.setContentSecurityPolicyValue(WEBAPP_POLICY);
          }
          headers.setXssProtectionDisabled(true);
        }
        return bean;
      }
    };
  }

  static boolean isWebapp(String path) {
    return path.startsWith("/camunda/app/") || path.startsWith("/camunda/api/");
  }

  static boolean carriesPersonalData(String path) {
    return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/engine-rest/")
        || path.startsWith("/camunda/api/") || path.startsWith("/dashboard/data") || path.equals("/personal/session") || path.equals("/error");
  }

  static final class Filter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
      return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      if (!isWebapp(path)) {
        response.setHeader("Content-Security-Policy", APPLICATION_POLICY);
      }
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setHeader("Referrer-Policy", "same-origin");
      response.setHeader("X-Frame-Options", "DENY");
      response.setHeader("X-XSS-Protection", "0");
      if (request.isSecure()) {
        response.setHeader("Strict-Transport-Security", HSTS);
      }
      if (carriesPersonalData(path)) {
        response.setHeader("Cache-Control", "no-store");
        chain.doFilter(request, new NoStore(response));
      } else {
        chain.doFilter(request, response);
      }
    }
  }

  /** Keeps "Cache-Control: no-store": later attempts to set another Cache-Control are ignored. */
  static final class NoStore extends HttpServletResponseWrapper {

    NoStore(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setHeader(String name, String value) {
      if (!"Cache-Control".equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!"Cache-Control".equalsIgnoreCase(name)) {
        super.addHeader(name, value);
      }
    }
  }
}
