package se.bofast.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The application on a real PostgreSQL (see {@link TestPostgres}), postgres profile. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgresExtension.class)
@ActiveProfiles("postgres")
@Import(PostgresLifecycle.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=false",
    "bofast.notify.scheduling-enabled=false",
    "bofast.identity.start-rights.case-manager=platform-smoke,client-journey,care-plan"})
public @interface PostgresAppTest {
}
