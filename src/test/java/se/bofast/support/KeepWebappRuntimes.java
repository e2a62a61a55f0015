package se.bofast.support;

import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * For a test class whose application is closed after it ({@code @DirtiesContext}): keeps what
 * Camunda's webapps run on before the class and puts it back after the class's application has
 * stopped ({@link WebappRuntimes}). Ordered first, so that its {@code afterTestClass} runs after
 * the one that closes the context: without it, the browser tests after {@code LdapLoginBrowserTest}
 * found Tasklist's login page empty.
 */
public class KeepWebappRuntimes implements TestExecutionListener, Ordered {

  private static final String KEPT = KeepWebappRuntimes.class.getName() + ".kept";

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }

  @Override
  public void beforeTestClass(TestContext testContext) {
    testContext.setAttribute(KEPT, WebappRuntimes.keep());
  }

  @Override
  public void afterTestClass(TestContext testContext) {
    Object kept = testContext.removeAttribute(KEPT);
    if (kept instanceof WebappRuntimes runtimes) {
      runtimes.close();
    }
  }
}
