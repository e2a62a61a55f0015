package se.bofast.platform.web;

import java.util.List;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Input that a user or a system got wrong: a field and a Swedish message for the person
 * who must correct it. Over the application's REST API it becomes 400
 * application/problem+json naming the field. Thrown in a delegate or task listener it rolls
 * the engine's command back, /engine-rest answers 400 (it is the engine's own form-field
 * validation exception, which the REST API maps to 400 for start and task forms) and
 * Tasklist shows the message.
 */
public class InvalidInputException extends FormFieldValidationException {

  /** A field and what is wrong with it. */
  public record Fault(String field, String message) implements java.io.Serializable {
  }

  private final String field;
  private final List<Fault> faults;

  public InvalidInputException(String field, String message) {
    this(List.of(new Fault(field, message)));
  }

  /**
   * Several fields wrong at once (a body checked as a whole, as bean validation checks one):
   * /api names them all; the engine and Tasklist show the first.
   */
  public InvalidInputException(List<Fault> faults) {
    super(faults.get(0).field(), faults.get(0).message());
    this.field = faults.get(0).field();
    this.faults = List.copyOf(faults);
  }

  /** Every field that is wrong, the first first. */
  public List<Fault> faults() {
    return faults;
  }

  /** The name of the offending field as the caller sent it (JSON property or form key). */
  public String field() {
    return field;
  }
}
