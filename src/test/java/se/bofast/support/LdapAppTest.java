package se.bofast.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The application in the ldap profile against a city's directory ({@link TestDirectory}): four of
 * the directory's groups stand for Bofast's groups, one named group is missing from the directory.
 * Its own in-memory database; its engine is called {@value #ENGINE}, because Camunda registers
 * engines JVM-wide by name and the fast suite runs "default" (so URLs name it:
 * {@code /camunda/app/tasklist/ldap/}, {@code /camunda/api/engine/engine/ldap/…}).
 * Closed after the test class, which shuts the directory down; the webapps of the JVM's other
 * applications are given back what they ran on ({@link KeepWebappRuntimes}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ActiveProfiles("ldap")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestExecutionListeners(listeners = KeepWebappRuntimes.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
@ContextConfiguration(initializers = TestDirectory.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:bofast-ldap;DB_CLOSE_DELAY=-1",
    "camunda.bpm.process-engine-name=" + LdapAppTest.ENGINE,
    "camunda.bpm.job-execution.enabled=false",
    "bofast.notify.scheduling-enabled=false",
    // the port is the directory's, known once it listens; the settings check runs before that
    "bofast.ldap.server-url=ldap://127.0.0.1:${bofast.test.ldap-port:389}",
    "bofast.ldap.base-dn=" + TestDirectory.BASE_DN,
    "bofast.ldap.manager-dn=" + TestDirectory.SEARCH_ACCOUNT,
    "bofast.ldap.manager-password=" + TestDirectory.SEARCH_PASSWORD,
    "bofast.ldap.user-search-base=ou=people",
    "bofast.ldap.group-search-base=ou=groups",
    "bofast.ldap.groups.camunda-admin=Bofast Administratorer",
    "bofast.ldap.groups.boendelots=Bofast Boendelotsar",
    // the directory compares group ids without regard to case, and so does the mapping
    "bofast.ldap.groups.bosamordnare=BOFAST BOSAMORDNARE",
    "bofast.ldap.groups.enhetschef=Bofast Enhetschefer",
    // named, but not in the directory (yet): a group without members
    "bofast.ldap.groups.case-manager=Bofast Uppsokare"})
public @interface LdapAppTest {

  String ENGINE = "ldap";
}
