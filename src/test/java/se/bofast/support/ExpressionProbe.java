package se.bofast.support;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Test-only bean with an observable side effect: {@code ${expressionProbe.hit()}} counts each
 * time the engine evaluates it. Tests that must prove an expression was NOT evaluated assert
 * that the count stays 0 (and prove with a control that the engine can resolve the bean).
 */
@Component("expressionProbe")
public class ExpressionProbe {

  public static final String EXPRESSION = "${expressionProbe.hit()}";

  private final AtomicInteger hits = new AtomicInteger();

  public Object hit() {
    hits.incrementAndGet();
    return null;
  }

  public int hits() {
    return hits.get();
  }

  public void reset() {
    hits.set(0);
  }
}
