package se.bofast.identity.ldap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The {@code ldap} profile: the engine's users, groups and passwords come from the city's directory
 * (read only; the application writes none), configured by {@code bofast.ldap.*}
 * (application-ldap.yaml; checked by {@link DirectorySettings} before anything starts). The
 * Camunda starter hands every ProcessEnginePlugin bean to the engine.
 */
@Configuration(proxyBeanMethods = false)
@Profile(DirectorySettings.PROFILE)
class DirectoryConfiguration {

  @Bean
  @ConfigurationProperties("bofast.ldap")
  DirectoryPlugin directoryIdentityProvider() {
    return new DirectoryPlugin();
  }
}
