package se.bofast.platform.web;

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

  private final String field;

  public InvalidInputException(String field, String message) {
    super(field, message);
    this.field = field;
  }

  /** The name of the offending field as the caller sent it (JSON property or form key). */
  public String field() {
    return field;
  }
}
