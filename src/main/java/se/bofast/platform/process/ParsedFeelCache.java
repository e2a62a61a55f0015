package se.bofast.platform.process;

import camundajar.impl.scala.collection.immutable.Map;
import camundajar.impl.scala.runtime.BoxesRunTime;
import camundajar.impl.scala.util.Either;
import camundajar.impl.scala.util.Left;
import camundajar.impl.scala.util.Right;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.dmn.feel.impl.scala.ContextVariableWrapper;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.feel.FeelEngine.Failure;
import org.camunda.feel.FeelEngine.UnaryTests$;
import org.camunda.feel.context.CustomContext;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.context.VariableProvider.CompositeVariableProvider;
import org.camunda.feel.context.VariableProvider.StaticVariableProvider;
import org.camunda.feel.syntaxtree.ParsedExpression;

/**
 * Camunda's FEEL engine for DMN, parsing each expression once. {@link ScalaFeelEngine} parses
 * the text of every input entry, input expression and output entry again on every evaluation
 * (the FEEL engine's {@code evalUnaryTests(String, Context)} is parse, then eval); a decision
 * table's texts never change, so the parsed expression is kept by its text and evaluated with
 * the same context and the same value mapping. A text that does not parse is not kept: it
 * goes the original way, which fails with the engine's own message.
 *
 * <p>The cache holds the distinct texts of the deployed decisions; {@link #MAX_ENTRIES} bounds
 * it should a deployment ever bring unbounded texts (beyond it, texts are parsed each time).
 */
class ParsedFeelCache extends ScalaFeelEngine {

  static final int MAX_ENTRIES = 10_000;

  private final java.util.Map<String, ParsedExpression> expressions = new ConcurrentHashMap<>();
  private final java.util.Map<String, ParsedExpression> unaryTests = new ConcurrentHashMap<>();

  ParsedFeelCache(List<FeelCustomFunctionProvider> functionProviders) {
    super(functionProviders);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T evaluateSimpleExpression(String expression, VariableContext variableContext) {
    ParsedExpression parsed = parsed(expressions, expression, feelEngine::parseExpression);
    if (parsed == null) {
      return super.evaluateSimpleExpression(expression, variableContext);
    }
    VariableProvider variables = new ContextVariableWrapper(variableContext);
    return (T) valueOf(feelEngine.eval(parsed, context(variables)));
  }

  @Override
  public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variableContext) {
    ParsedExpression parsed = parsed(unaryTests, expression, feelEngine::parseUnaryTests);
    if (parsed == null) {
      return super.evaluateSimpleUnaryTests(expression, inputVariable, variableContext);
    }
    StaticVariableProvider input =
        new StaticVariableProvider(new Map.Map1<>(UnaryTests$.MODULE$.inputVariable(), inputVariable));
    VariableProvider variables =
        new CompositeVariableProvider(toScalaList(input, new ContextVariableWrapper(variableContext)));
    return BoxesRunTime.unboxToBoolean(valueOf(feelEngine.eval(parsed, context(variables))));
  }

  int size() {
    return expressions.size() + unaryTests.size();
  }

  private static ParsedExpression parsed(java.util.Map<String, ParsedExpression> cache, String text,
      Function<String, Either<Failure, ParsedExpression>> parser) {
    ParsedExpression parsed = cache.get(text);
    if (parsed != null) {
      return parsed;
    }
    if (!(parser.apply(text) instanceof Right<Failure, ParsedExpression> right)) {
      return null;
    }
    if (cache.size() < MAX_ENTRIES) {
      cache.putIfAbsent(text, right.value());
    }
    return right.value();
  }

  private static CustomContext context(VariableProvider variables) {
    return new CustomContext() {
      @Override
      public VariableProvider variableProvider() {
        return variables;
      }
    };
  }

  private static Object valueOf(Either<Failure, Object> result) {
    if (result instanceof Right<Failure, Object> right) {
      return right.value();
    }
    throw LOGGER.evaluationException(((Left<Failure, Object>) result).value().message());
  }
}
