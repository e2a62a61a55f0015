package se.bofast.support;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Runs test classes in the order a list names them (simple class names, comma-separated), to
 * prove that no class depends on what ran before it in the same JVM. Classes the list does not
 * name run after those it names. For example:
 * {@code -Djunit.jupiter.testclass.order.default=se.bofast.support.ListedClassOrder
 * -Dbofast.test.class-order=RestartTest,QueryExpressionTest,HouseholdCaseTest}.
 */
public class ListedClassOrder implements ClassOrderer {

  static final String ORDER = "bofast.test.class-order";

  @Override
  public void orderClasses(ClassOrdererContext context) {
    List<String> listed = Arrays.stream(System.getProperty(ORDER, "").split(","))
        .map(String::trim).filter(name -> !name.isEmpty()).toList();
    context.getClassDescriptors().sort(Comparator.comparingInt(descriptor -> {
      int index = listed.indexOf(descriptor.getTestClass().getSimpleName());
      return index < 0 ? listed.size() : index;
    }));
  }
}
