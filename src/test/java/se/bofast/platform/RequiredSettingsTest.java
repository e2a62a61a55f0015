package se.bofast.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.mock.env.MockEnvironment;
import se.bofast.BofastApplication;

@ExtendWith(OutputCaptureExtension.class)
class RequiredSettingsTest {

  private static final String STRONG = "Lång-och-säker-fras-2026";

  @Test
  void prodWithoutItsVariablesRefusesToStartAndNamesEachOne(CapturedOutput output) {
    SpringApplication app = new SpringApplicationBuilder(BofastApplication.class).profiles("prod").build();
    // nothing from this JVM's environment or system properties (other suites set DB_URL)
    app.setEnvironment(new StandardEnvironment() {
      @Override
      protected void customizePropertySources(MutablePropertySources sources) {
      }
    });

    assertThatThrownBy(app::run).isInstanceOf(InvalidSettingsException.class);

    assertThat(output).contains("APPLICATION FAILED TO START")
        .contains("DB_URL: missing").contains("DB_USERNAME: missing").contains("DB_PASSWORD: missing")
        .contains("BOFAST_ADMIN_USER: missing").contains("BOFAST_ADMIN_PASSWORD: missing");
  }

  @Test
  void prodRefusesADemoPassword() {
    InvalidSettingsException e = check(prod().withProperty("BOFAST_ADMIN_PASSWORD", "demo"));
    assertThat(e.problems()).containsExactly("BOFAST_ADMIN_PASSWORD: a demo password is not allowed in production");

    e = check(prod().withProperty("DB_PASSWORD", "Demo"));
    assertThat(e.problems()).containsExactly("DB_PASSWORD: a demo password is not allowed in production");
  }

  @Test
  void prodRefusesAShortAdminPasswordDemoUsersAndANonPostgresUrl() {
    assertThat(check(prod().withProperty("BOFAST_ADMIN_PASSWORD", "kort")).problems())
        .containsExactly("BOFAST_ADMIN_PASSWORD: at least 12 characters are required");
    assertThat(check(prod().withProperty("bofast.identity.demo-users", "true")).problems())
        .containsExactly("bofast.identity.demo-users: demo users must not exist in production");
    assertThat(check(prod().withProperty("DB_URL", "jdbc:h2:file:./data/x")).problems())
        .singleElement().asString().startsWith("DB_URL: must be a PostgreSQL JDBC URL");
  }

  @Test
  void prodRefusesToStartWithAnAdministratorPasswordOutsideThePasswordPolicy(CapturedOutput output) {
    SpringApplication app = new SpringApplicationBuilder(BofastApplication.class).profiles("prod").build();
    app.setEnvironment(new StandardEnvironment() {
      @Override
      protected void customizePropertySources(MutablePropertySources sources) {
        sources.addFirst(new MapPropertySource("environment", Map.of(
            "DB_URL", "jdbc:postgresql://db:5432/bofast", "DB_USERNAME", "bofast", "DB_PASSWORD", STRONG,
            "BOFAST_ADMIN_USER", "astrid", "BOFAST_ADMIN_PASSWORD", "111111111111")));
      }
    });

    assertThatThrownBy(app::run).isInstanceOf(InvalidSettingsException.class);

    assertThat(output).contains("APPLICATION FAILED TO START").contains(
        "BOFAST_ADMIN_PASSWORD: does not meet the password policy, it needs at least 1 lower-case letter(s), "
            + "at least 1 upper-case letter(s), at least 1 special character(s)");
  }

  @Test
  void theAdministratorPasswordMeetsTheEnginesPasswordPolicy() {
    assertThat(check(prod().withProperty("BOFAST_ADMIN_PASSWORD", "111111111111")).problems()).containsExactly(
        "BOFAST_ADMIN_PASSWORD: does not meet the password policy, it needs at least 1 lower-case letter(s), "
            + "at least 1 upper-case letter(s), at least 1 special character(s)");
    assertThat(check(prod().withProperty("BOFAST_ADMIN_PASSWORD", "Lösenordet-är-långt")).problems()).containsExactly(
        "BOFAST_ADMIN_PASSWORD: does not meet the password policy, it needs at least 1 digit(s)");
    assertThat(check(prod().withProperty("BOFAST_ADMIN_PASSWORD", "Hej-Astrid-2026")).problems()).containsExactly(
        "BOFAST_ADMIN_PASSWORD: does not meet the password policy, it needs not the user's id, names or e-mail address");
    assertThat(check(prod().withProperty("BOFAST_ADMIN_PASSWORD", "Sommar-i-Bofast-2026")
        .withProperty("bofast.identity.admin.last-name", "Bofast")).problems()).containsExactly(
        "BOFAST_ADMIN_PASSWORD: does not meet the password policy, it needs not the user's id, names or e-mail address");
  }

  @Test
  void prodRefusesToRunWithoutTheEnginesPasswordPolicy() {
    assertThat(check(prod().withProperty(RequiredSettings.PASSWORD_POLICY, "false")).problems()).containsExactly(
        RequiredSettings.PASSWORD_POLICY + ": must be true in production (the engine's password policy for every user)");
  }

  @Test
  void prodWithMailOnRefusesLinksToTheLocalMachine() {
    String refusal = "bofast.notify.base-url: must be the address staff open Bofast at when mail is on "
        + "(spring.mail.host is set), not localhost or 127.0.0.1: the links in the e-mails would point nowhere";
    for (String local : java.util.List.of("http://localhost:8080", "https://LOCALHOST", "http://127.0.0.1:8080/",
        "http://[::1]:8080")) {
      assertThat(check(prod().withProperty("spring.mail.host", "smtp.stad.example")
          .withProperty("bofast.notify.base-url", local)).problems()).as(local)
          .containsExactly(refusal + " (was '" + local + "')");
    }
    assertThat(check(prod().withProperty("spring.mail.host", "smtp.stad.example")).problems())
        .as("no base URL at all").containsExactly(refusal);
  }

  @Test
  void linksToTheLocalMachineAreFineWithoutMailOrOutsideProd() {
    new RequiredSettings().postProcessEnvironment(prod().withProperty("bofast.notify.base-url", "http://localhost:8080")
        .withProperty("spring.mail.host", " "), null);
    new RequiredSettings().postProcessEnvironment(prod().withProperty("spring.mail.host", "smtp.stad.example")
        .withProperty("bofast.notify.base-url", "https://bofast.stad.example"), null);
    new RequiredSettings().postProcessEnvironment(new MockEnvironment().withProperty("spring.mail.host", "localhost")
        .withProperty("bofast.notify.base-url", "http://localhost:8080"), null);
  }

  @Test
  void prodWithMailOnAndTheDefaultBaseUrlRefusesToStart(CapturedOutput output) {
    SpringApplication app = new SpringApplicationBuilder(BofastApplication.class).profiles("prod").build();
    app.setEnvironment(new StandardEnvironment() {
      @Override
      protected void customizePropertySources(MutablePropertySources sources) {
        sources.addFirst(new MapPropertySource("environment", Map.of(
            "DB_URL", "jdbc:postgresql://db:5432/bofast", "DB_USERNAME", "bofast", "DB_PASSWORD", STRONG,
            "BOFAST_ADMIN_USER", "astrid", "BOFAST_ADMIN_PASSWORD", STRONG, "spring.mail.host", "smtp.stad.example")));
      }
    });

    assertThatThrownBy(app::run).isInstanceOf(InvalidSettingsException.class);

    assertThat(output).contains("APPLICATION FAILED TO START").contains("bofast.notify.base-url: must be the address "
        + "staff open Bofast at when mail is on (spring.mail.host is set), not localhost or 127.0.0.1: the links in "
        + "the e-mails would point nowhere (was 'http://localhost:8080')");
  }

  @Test
  void completeProdSettingsPass() {
    new RequiredSettings().postProcessEnvironment(prod(), null);
  }

  @Test
  void postgresProfileNeedsTheDatabaseButNoAdministrator() {
    MockEnvironment env = new MockEnvironment();
    env.setActiveProfiles("postgres");
    assertThat(check(env).problems()).containsExactly(
        "DB_URL: missing (set the environment variable DB_URL)",
        "DB_USERNAME: missing (set the environment variable DB_USERNAME)",
        "DB_PASSWORD: missing (set the environment variable DB_PASSWORD)");
    env.withProperty("DB_URL", "jdbc:postgresql://db:5432/bofast").withProperty("DB_USERNAME", "bofast")
        .withProperty("DB_PASSWORD", "demo");
    new RequiredSettings().postProcessEnvironment(env, null);
  }

  @Test
  void defaultProfileNeedsNothing() {
    new RequiredSettings().postProcessEnvironment(new MockEnvironment(), null);
  }

  private static MockEnvironment prod() {
    MockEnvironment env = new MockEnvironment()
        .withProperty("DB_URL", "jdbc:postgresql://db:5432/bofast")
        .withProperty("DB_USERNAME", "bofast")
        .withProperty("DB_PASSWORD", STRONG)
        .withProperty("BOFAST_ADMIN_USER", "astrid")
        .withProperty("BOFAST_ADMIN_PASSWORD", STRONG)
        .withProperty(RequiredSettings.PASSWORD_POLICY, "true");
    env.setActiveProfiles("prod");
    return env;
  }

  private static InvalidSettingsException check(MockEnvironment env) {
    return catchThrowableOfType(InvalidSettingsException.class,
        () -> new RequiredSettings().postProcessEnvironment(env, null));
  }
}
