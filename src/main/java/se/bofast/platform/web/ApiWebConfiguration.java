package se.bofast.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The plumbing every module's /api shares: HTTP Basic (se.bofast.identity.RestSecurity),
 * a 64 KiB body limit, strict JSON and problem+json errors ({@link ApiExceptionHandler}).
 */
@Configuration(proxyBeanMethods = false)
class ApiWebConfiguration implements WebMvcConfigurer {

  static final String API_PATTERN = "/api/*";

  private final ObjectMapper objectMapper;
  private final ApiAccess access;

  ApiWebConfiguration(ObjectMapper objectMapper, ApiAccess access) {
    this.objectMapper = objectMapper;
    this.access = access;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new RequireGroupsInterceptor(access)).addPathPatterns("/api/**");
  }

  @Bean
  FilterRegistrationBean<ApiBodyLimitFilter> apiBodyLimit() {
    FilterRegistrationBean<ApiBodyLimitFilter> registration =
        new FilterRegistrationBean<>(new ApiBodyLimitFilter(objectMapper));
    registration.setName("api-body-limit");
    registration.addUrlPatterns(API_PATTERN);
    registration.setOrder(20); // after authentication (order 10): strangers get 401, not 413
    return registration;
  }

  /**
   * Spring MVC serves only /api (the engine's REST API and the webapps run on JAX-RS with
   * their own mappers), so its JSON reading is made strict here, without touching the
   * application's shared ObjectMapper bean ({@link StrictJson}).
   */
  @Override
  public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
    for (HttpMessageConverter<?> converter : converters) {
      if (converter instanceof MappingJackson2HttpMessageConverter jackson) {
        jackson.setObjectMapper(StrictJson.strict(jackson.getObjectMapper()));
      }
    }
  }
}
