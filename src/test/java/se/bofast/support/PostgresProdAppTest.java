package se.bofast.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application in the prod profile on a real PostgreSQL (see {@link TestPostgres}), with
 * the first administrator {@link #ADMIN} / {@link #ADMIN_PASSWORD}.
 *
 * <p>Its engine is called {@value #ENGINE}: the postgres suite's other application, in the
 * same JVM, runs the engine "default", and Camunda registers engines JVM-wide by name. So
 * requests name the engine ({@code /engine-rest/engine/prod/...}, {@code /camunda/app/tasklist/prod/}).
 * DB_PASSWORD is replaced by one that prod accepts: the embedded server trusts local
 * connections and ignores it; a server named by BOFAST_TEST_DB_URL gets its own
 * BOFAST_TEST_DB_PASSWORD (which prod refuses if it is a demo password such as "postgres").
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgresExtension.class)
@ActiveProfiles("prod")
@Import(PostgresLifecycle.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "DB_PASSWORD=${BOFAST_TEST_DB_PASSWORD:Prod-Test-Databas-2026}",
    "BOFAST_ADMIN_USER=" + PostgresProdAppTest.ADMIN,
    "BOFAST_ADMIN_PASSWORD=" + PostgresProdAppTest.ADMIN_PASSWORD,
    "camunda.bpm.process-engine-name=" + PostgresProdAppTest.ENGINE,
    "camunda.bpm.job-execution.enabled=false"})
public @interface PostgresProdAppTest {

  String ADMIN = "driftadmin";
  String ADMIN_PASSWORD = "Prod-Test-Lösen-2026";
  String ENGINE = "prod";
}
