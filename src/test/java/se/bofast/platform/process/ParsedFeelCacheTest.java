package se.bofast.platform.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.junit.jupiter.api.Test;

/** The parse-once FEEL engine answers exactly as Camunda's, and parses each text once. */
class ParsedFeelCacheTest {

  final ScalaFeelEngine camunda = new ScalaFeelEngine(List.of());
  final ParsedFeelCache cached = new ParsedFeelCache(List.of());

  static VariableContext input(Object value) {
    return Variables.createVariables().putValue("cellInput", value).putValue("signalType", "RENT_ARREARS")
        .asVariableContext();
  }

  @Test
  void unaryTestsAnswerAsCamundasEngineForEveryInput() {
    List<String> tests = List.of("> 0", "<= 14", "null", "", "-", "\"EVICTION_DATE_SET\",\"RENT_ARREARS\"",
        "[1..5]", "not(3)", ">= 4", "< 2.5");
    List<Object> inputs = Arrays.asList(null, 0, 1, 3, 14, 15, -2, 2.4, new BigDecimal("99999999.99"),
        "RENT_ARREARS", "DISTURBANCE");
    for (int round = 0; round < 3; round++) {
      for (String test : tests) {
        for (Object value : inputs) {
          Boolean expected = outcome(() -> camunda.evaluateSimpleUnaryTests(test, "cellInput", input(value)));
          Boolean actual = outcome(() -> cached.evaluateSimpleUnaryTests(test, "cellInput", input(value)));
          assertThat(actual).as("'%s' for %s", test, value).isEqualTo(expected);
        }
      }
    }
  }

  @Test
  void expressionsAnswerAsCamundasEngine() {
    for (String expression : List.of("\"URGENT\"", "1", "10", "signalType", "cellInput + 1", "cellInput > 2",
        "date(\"2026-11-30\")")) {
      Object expected = camunda.evaluateSimpleExpression(expression, input(3));
      assertThat((Object) cached.evaluateSimpleExpression(expression, input(3))).as(expression).isEqualTo(expected);
      assertThat((Object) cached.evaluateSimpleExpression(expression, input(3))).as(expression).isEqualTo(expected);
    }
  }

  @Test
  void eachTextIsParsedOnceAndKept() {
    for (int i = 0; i < 50; i++) {
      cached.evaluateSimpleUnaryTests("> 0", "cellInput", input(i));
      cached.evaluateSimpleUnaryTests("<= 14", "cellInput", input(i));
      cached.evaluateSimpleExpression("\"URGENT\"", input(i));
    }
    assertThat(cached.size()).isEqualTo(3);
  }

  @Test
  void aTextThatDoesNotParseFailsWithCamundasMessageAndIsNotKept() {
    String broken = "> > 0";
    assertThatThrownBy(() -> cached.evaluateSimpleUnaryTests(broken, "cellInput", input(1)))
        .isInstanceOf(FeelException.class)
        .hasMessage(messageOf(() -> camunda.evaluateSimpleUnaryTests(broken, "cellInput", input(1))));
    assertThatThrownBy(() -> cached.evaluateSimpleExpression("(1 +", input(1)))
        .isInstanceOf(FeelException.class)
        .hasMessage(messageOf(() -> camunda.evaluateSimpleExpression("(1 +", input(1))));
    assertThat(cached.size()).isZero();
  }

  @Test
  void evaluationFailuresAndOddValuesComeOutAsInCamundasEngine() {
    for (String expression : List.of("nosuchfunction(cellInput)", "assert(cellInput, cellInput > 5)",
        "cellInput / 0", "cellInput.name", "null")) {
      assertThat(described(() -> cached.evaluateSimpleExpression(expression, input(1))))
          .as(expression).isEqualTo(described(() -> camunda.evaluateSimpleExpression(expression, input(1))));
    }
    assertThat(described(() -> cached.evaluateSimpleExpression("assert(cellInput, cellInput > 5)", input(1))))
        .as("a failed evaluation is an exception").startsWith("failure");
  }

  private static String described(java.util.function.Supplier<Object> evaluation) {
    try {
      return "value " + evaluation.get();
    } catch (FeelException e) {
      return "failure " + e.getMessage();
    }
  }

  private static Boolean outcome(java.util.function.Supplier<Boolean> evaluation) {
    try {
      return evaluation.get();
    } catch (FeelException e) {
      return null;
    }
  }

  private static String messageOf(Runnable evaluation) {
    try {
      evaluation.run();
    } catch (FeelException e) {
      return e.getMessage();
    }
    throw new AssertionError("Camunda's engine did not fail");
  }
}
