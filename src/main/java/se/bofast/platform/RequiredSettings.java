package se.bofast.platform;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start when the active profile lacks a setting it needs, or would run with a
 * demo password. Runs before any bean is created, so nothing is half-started; the
 * message names every offending setting (see {@link InvalidSettingsFailureAnalyzer}).
 */
public class RequiredSettings implements EnvironmentPostProcessor, Ordered {

  static final int MIN_ADMIN_PASSWORD_LENGTH = 12;
  static final String PASSWORD_POLICY = "camunda.bpm.generic-properties.properties.enable-password-policy";
  static final String MAIL_HOST = "spring.mail.host";
  static final String NOTIFY_BASE_URL = "bofast.notify.base-url";
  private static final Set<String> DEMO_PASSWORDS =
      Set.of("demo", "admin", "password", "camunda", "changeme", "bofast", "postgres");

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication app) {
    Set<String> profiles = Set.copyOf(Arrays.asList(env.getActiveProfiles()));
    List<String> problems = new ArrayList<>();
    boolean prod = profiles.contains("prod");
    if (prod || profiles.contains("postgres")) {
      requireDatabase(env, problems, prod);
    }
    if (prod) {
      // with the directory (ldap profile) the administrators are a directory group
      if (!profiles.contains("ldap")) {
        requireAdministrator(env, problems);
      }
      if (!env.getProperty(PASSWORD_POLICY, Boolean.class, false)) {
        problems.add(PASSWORD_POLICY + ": must be true in production (the engine's password policy for every user)");
      }
      if (env.getProperty("bofast.identity.demo-users", Boolean.class, false)) {
        problems.add("bofast.identity.demo-users: demo users must not exist in production");
      }
      requireReachableMailLinks(env, problems);
    }
    if (!problems.isEmpty()) {
      throw new InvalidSettingsException(String.join(",", profiles), problems);
    }
  }

  private static void requireDatabase(ConfigurableEnvironment env, List<String> problems, boolean prod) {
    require(env, "DB_URL", problems);
    require(env, "DB_USERNAME", problems);
    String password = require(env, "DB_PASSWORD", problems);
    if (password != null && prod && isDemoPassword(password)) {
      problems.add("DB_PASSWORD: a demo password is not allowed in production");
    }
    String url = env.getProperty("DB_URL");
    if (url != null && !url.isBlank() && !url.startsWith("jdbc:postgresql:")) {
      problems.add("DB_URL: must be a PostgreSQL JDBC URL (jdbc:postgresql://host:5432/db), was '" + url + "'");
    }
  }

  private static void requireAdministrator(ConfigurableEnvironment env, List<String> problems) {
    String user = require(env, "BOFAST_ADMIN_USER", problems);
    String password = require(env, "BOFAST_ADMIN_PASSWORD", problems);
    if (password == null) {
      return;
    }
    if (isDemoPassword(password)) {
      problems.add("BOFAST_ADMIN_PASSWORD: a demo password is not allowed in production");
    } else if (password.length() < MIN_ADMIN_PASSWORD_LENGTH) {
      problems.add("BOFAST_ADMIN_PASSWORD: at least " + MIN_ADMIN_PASSWORD_LENGTH + " characters are required");
    } else {
      List<String> broken = PasswordRules.broken(password, user, env.getProperty("bofast.identity.admin.first-name"),
          env.getProperty("bofast.identity.admin.last-name"), env.getProperty("bofast.identity.admin.email"));
      if (!broken.isEmpty()) {
        problems.add("BOFAST_ADMIN_PASSWORD: does not meet the password policy, it needs " + String.join(", ", broken));
      }
    }
  }

  /** With mail on, the links in the mails start at the base URL: the staff's own machine is no address for them. */
  private static void requireReachableMailLinks(ConfigurableEnvironment env, List<String> problems) {
    String mailHost = env.getProperty(MAIL_HOST);
    if (mailHost == null || mailHost.isBlank()) {
      return;
    }
    String baseUrl = env.getProperty(NOTIFY_BASE_URL);
    if (baseUrl == null || baseUrl.isBlank() || isLoopback(baseUrl)) {
      problems.add(NOTIFY_BASE_URL + ": must be the address staff open Bofast at when mail is on (" + MAIL_HOST
          + " is set), not localhost or 127.0.0.1: the links in the e-mails would point nowhere"
          + (baseUrl == null || baseUrl.isBlank() ? "" : " (was '" + baseUrl.trim() + "')"));
    }
  }

  static boolean isLoopback(String url) {
    String host;
    try {
      host = new URI(url.trim()).getHost();
    } catch (URISyntaxException e) {
      return false; // not a URL at all: the notify module's own settings check names it
    }
    if (host == null) {
      return false;
    }
    host = host.toLowerCase(Locale.ROOT);
    return host.equals("localhost") || host.endsWith(".localhost") || host.startsWith("127.")
        || host.equals("[::1]") || host.equals("0.0.0.0");
  }

  private static String require(ConfigurableEnvironment env, String name, List<String> problems) {
    String value = env.getProperty(name);
    if (value == null || value.isBlank()) {
      problems.add(name + ": missing (set the environment variable " + name + ")");
      return null;
    }
    return value;
  }

  static boolean isDemoPassword(String password) {
    return DEMO_PASSWORDS.contains(password.trim().toLowerCase(Locale.ROOT));
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
