package se.bofast.platform.process.forms;

import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import se.bofast.platform.web.InvalidInputException;

/**
 * Checks what a user submits with a start or task form against the deployed form: only the
 * fields it declares, each with a value its component accepts (see {@link FieldValues});
 * the form's read-only fields (case number, client, priority) only with the value the
 * process holds; the required fields present; sane names and a bounded total size. A variable
 * that the form does not declare is refused whether or not the process holds one of that
 * name: ids (journeyId, clientId, evictionCaseId ...), the case number and everything else
 * the process set come from the engine, never from a form.
 */
final class Submission {

  static final int NAME_MAX = 64;
  static final int MAX_VARIABLES = 100;
  static final int MAX_TOTAL_CHARS = 64 * 1024;

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private Submission() {
  }

  /**
   * @param current the value the process holds for a name (null for a start form), to
   *     compare read-only fields with and to tell a process variable from an unknown name
   */
  static void check(FormSchema form, Map<String, ?> submitted, Function<String, Object> current,
      boolean requireRequired) {
    @SuppressWarnings("unchecked")
    VariableMap variables = submitted == null ? Variables.createVariables()
        : Variables.fromMap((Map<String, Object>) submitted);
    if (variables.size() > MAX_VARIABLES) {
      throw new InvalidInputException("variables", "Formuläret innehåller för många fält.");
    }
    long total = 0;
    for (String name : variables.keySet()) {
      FormField field = field(form, name, current);
      Object value = FieldValues.plain(name, field.label(), variables.getValueTyped(name));
      total += value == null ? 0 : value.toString().length();
      if (total > MAX_TOTAL_CHARS) {
        throw new InvalidInputException(name, "Formuläret är för stort.");
      }
      if (field.readonly()) {
        if (!FieldValues.sameValue(current.apply(name), value)) {
          throw new InvalidInputException(name, "\"" + field.label() + "\" kan inte ändras i formuläret.");
        }
        continue;
      }
      FieldValues.check(field, value);
    }
    if (requireRequired) {
      for (FormField field : form.fields().values()) {
        if (field.required() && !field.readonly() && FieldValues.isEmpty(plainOrNull(variables, field))) {
          throw new InvalidInputException(field.key(), "\"" + field.label() + "\" måste fyllas i.");
        }
      }
    }
  }

  private static Object plainOrNull(VariableMap variables, FormField field) {
    return variables.containsKey(field.key())
        ? FieldValues.plain(field.key(), field.label(), variables.getValueTyped(field.key())) : null;
  }

  private static FormField field(FormSchema form, String name, Function<String, Object> current) {
    if (name == null || name.length() > NAME_MAX || !NAME.matcher(name).matches()) {
      throw new InvalidInputException(safeName(name), "Ogiltigt fältnamn: fält heter som i formuläret.");
    }
    FormField field = form.field(name);
    if (field != null) {
      return field;
    }
    if (current.apply(name) != null) {
      throw new InvalidInputException(name,
          "\"" + name + "\" sätts av processen och kan inte skickas med formuläret.");
    }
    throw new InvalidInputException(name, "Formuläret har inget fält \"" + name + "\".");
  }

  /** A refused name, short and printable, for the error's field. */
  private static String safeName(String name) {
    if (name == null) {
      return "";
    }
    String printable = name.replaceAll("[^A-Za-z0-9_]", "?");
    return printable.length() > NAME_MAX ? printable.substring(0, NAME_MAX) + "…" : printable;
  }
}
