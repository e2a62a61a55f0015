package se.bofast.platform.web;

import java.util.stream.Collectors;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts {@link EngineRestErrors}' mappers into every JAX-RS application: /engine-rest (the REST
 * starter's Jersey configuration, replaced here by one that adds them) and the webapps' own
 * applications under /camunda/api/* (registered by the webapp starter with a fixed class list;
 * Jersey reads the servlet context's attributes as properties of each application it creates
 * from a class, and adds the providers named in {@code jersey.config.server.provider.classnames}).
 */
@Configuration(proxyBeanMethods = false)
class EngineRestErrorsConfiguration {

  @Bean
  CamundaJerseyResourceConfig camundaJerseyResourceConfig() {
    return new CamundaJerseyResourceConfig() {
      @Override
      protected void registerAdditionalResources() {
        EngineRestErrors.MAPPERS.forEach(this::register);
      }
    };
  }

  @Bean
  ServletContextInitializer webappRestErrorMappers() {
    String names = EngineRestErrors.MAPPERS.stream().map(Class::getName).collect(Collectors.joining(","));
    return servletContext -> servletContext.setAttribute(ServerProperties.PROVIDER_CLASSNAMES, names);
  }
}
