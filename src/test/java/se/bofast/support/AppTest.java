package se.bofast.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The fast suite's application: the whole app on a random port, on an in-memory H2
 * database, job executor off (tests drive jobs themselves). One shared context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:bofast-test;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false",
    "bofast.notify.scheduling-enabled=false",
    "bofast.identity.start-rights.case-manager=platform-smoke,client-journey,care-plan"})
public @interface AppTest {
}
