package se.bofast.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.mock.env.MockEnvironment;
import se.bofast.BofastApplication;

@ExtendWith(OutputCaptureExtension.class)
class RequiredSettingsTest {

  private static final String STRONG = "lång-och-säker-fras-2026";

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
        .withProperty("BOFAST_ADMIN_PASSWORD", STRONG);
    env.setActiveProfiles("prod");
    return env;
  }

  private static InvalidSettingsException check(MockEnvironment env) {
    return catchThrowableOfType(InvalidSettingsException.class,
        () -> new RequiredSettings().postProcessEnvironment(env, null));
  }
}
