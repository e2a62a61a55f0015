package se.bofast.identity.ldap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import se.bofast.platform.InvalidSettingsException;
import se.bofast.platform.RequiredSettings;

@ExtendWith(OutputCaptureExtension.class)
class DirectorySettingsTest {

  @Test
  void theLdapProfileWithoutItsSettingsRefusesToStartAndNamesEachOne(CapturedOutput output) {
    SpringApplication app = new SpringApplicationBuilder(BofastApplication.class).profiles("ldap").build();
    // nothing from this JVM's environment or system properties
    app.setEnvironment(new StandardEnvironment() {
      @Override
      protected void customizePropertySources(MutablePropertySources sources) {
      }
    });

    assertThatThrownBy(app::run).isInstanceOf(InvalidSettingsException.class);

    assertThat(output).contains("APPLICATION FAILED TO START")
        .contains("bofast.ldap.server-url: missing (set the environment variable BOFAST_LDAP_URL)")
        .contains("bofast.ldap.base-dn: missing (set the environment variable BOFAST_LDAP_BASE_DN)")
        .contains("bofast.ldap.groups.camunda-admin: missing")
        .contains("bofast.ldap.groups: no directory group is named for the staff");
  }

  @Test
  void completeSettingsPass() {
    assertThat(DirectorySettings.problems(complete())).isEmpty();
    assertThat(DirectorySettings.problems(complete().withProperty("bofast.ldap.manager-dn", "")
        .withProperty("bofast.ldap.manager-password", ""))).as("anonymous search").isEmpty();
  }

  @Test
  void eachWrongSettingIsNamed() {
    assertThat(DirectorySettings.problems(complete().withProperty("bofast.ldap.server-url", "http://ldap.kommun.example")))
        .containsExactly("bofast.ldap.server-url: must be an LDAP URL (ldaps://host:636 or ldap://host:389), was"
            + " 'http://ldap.kommun.example'");
    assertThat(DirectorySettings.problems(complete().withProperty("bofast.ldap.manager-password", " ")))
        .containsExactly("bofast.ldap.manager-password: missing (set the environment variable BOFAST_LDAP_MANAGER_PASSWORD)");
    assertThat(DirectorySettings.problems(complete().withProperty("bofast.ldap.groups.chef", "Chefer")))
        .containsExactly("bofast.ldap.groups.chef: Bofast has no such group (one of case-manager, boendelots,"
            + " bosamordnare, socialsekreterare, enhetschef, camunda-admin, intake)");
    assertThat(DirectorySettings.problems(complete().withProperty("bofast.ldap.groups.enhetschef", "bofast lotsar ")))
        .containsExactly("bofast.ldap.groups.enhetschef: the directory group 'bofast lotsar' is already named for"
            + " boendelots; each group needs a directory group of its own");
    assertThat(DirectorySettings.problems(complete().withProperty("bofast.ldap.accept-untrusted-certificates", "true")))
        .hasSize(1).first().asString().startsWith("bofast.ldap.accept-untrusted-certificates: must not be true");
    assertThat(DirectorySettings.problems(complete().withProperty("bofast.identity.demo-users", "true")))
        .containsExactly("bofast.identity.demo-users: must be false with the ldap profile (users come from the directory)");
    assertThat(DirectorySettings.problems(complete().withProperty("bofast.identity.admin.id", "driftadmin")))
        .hasSize(1).first().asString().startsWith("bofast.identity.admin.id (BOFAST_ADMIN_USER): not used");
  }

  @Test
  void onlyTheLdapProfileIsChecked() {
    MockEnvironment plain = new MockEnvironment();
    new DirectorySettings().postProcessEnvironment(plain, null);
    plain.setActiveProfiles("ldap");
    assertThatThrownBy(() -> new DirectorySettings().postProcessEnvironment(plain, null))
        .isInstanceOf(InvalidSettingsException.class).hasMessageContaining("bofast.ldap.server-url: missing");
  }

  @Test
  void prodWithTheDirectoryNeedsNoFirstAdministrator() {
    MockEnvironment prod = complete().withProperty("DB_URL", "jdbc:postgresql://db:5432/bofast")
        .withProperty("DB_USERNAME", "bofast").withProperty("DB_PASSWORD", "Databas-Losen-2026")
        .withProperty("camunda.bpm.generic-properties.properties.enable-password-policy", "true");
    prod.setActiveProfiles("prod", "ldap");
    new RequiredSettings().postProcessEnvironment(prod, null);
    new DirectorySettings().postProcessEnvironment(prod, null);

    prod.setActiveProfiles("prod");
    assertThatThrownBy(() -> new RequiredSettings().postProcessEnvironment(prod, null))
        .isInstanceOf(InvalidSettingsException.class).hasMessageContaining("BOFAST_ADMIN_USER: missing");
  }

  private static MockEnvironment complete() {
    MockEnvironment env = new MockEnvironment()
        .withProperty("bofast.ldap.server-url", "ldaps://ldap.kommun.example:636")
        .withProperty("bofast.ldap.base-dn", "dc=kommun,dc=example")
        .withProperty("bofast.ldap.manager-dn", "cn=bofast-sok,dc=kommun,dc=example")
        .withProperty("bofast.ldap.manager-password", "Sok-Kontot-2026")
        .withProperty("bofast.ldap.groups.camunda-admin", "Bofast Administratorer")
        .withProperty("bofast.ldap.groups.boendelots", "Bofast Lotsar");
    env.setActiveProfiles("ldap");
    return env;
  }
}
