package se.bofast.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Makes the engine of the running test's application context the one Camunda finds by name.
 *
 * <p>/engine-rest, the webapps' API and camunda-bpm-assert look the engine up in Camunda's
 * JVM-wide registry ({@link ProcessEngines}), which holds one engine per name. The suite caches
 * several application contexts (the H2 application, the mail tests' one on a database of its own,
 * …), and each registers its engine as "default" when it starts: the last one started wins, and
 * closing a context unregisters the name whoever holds it. So before each test the test's own
 * engine is registered again, and camunda-bpm-assert (which keeps the engine it found per thread)
 * is pointed at it. Registered for every Spring test in META-INF/spring.factories.
 */
public class ContextEngineRegistration implements TestExecutionListener, Ordered {

  @Override
  public int getOrder() {
    // after dependency injection (2000), before the test's own @BeforeEach methods
    return 2100;
  }

  @Override
  public void prepareTestInstance(TestContext testContext) {
    register(testContext);
  }

  @Override
  public void beforeTestMethod(TestContext testContext) {
    register(testContext);
  }

  @Override
  public void afterTestClass(TestContext testContext) {
    AbstractAssertions.reset();
  }

  private static void register(TestContext testContext) {
    if (!testContext.hasApplicationContext()) {
      return;
    }
    testContext.getApplicationContext().getBeanProvider(ProcessEngine.class).ifAvailable(engine -> {
      ProcessEngines.registerProcessEngine(engine);
      AbstractAssertions.init(engine);
    });
  }
}
