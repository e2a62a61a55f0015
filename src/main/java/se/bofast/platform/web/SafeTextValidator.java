package se.bofast.platform.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link SafeText}; {@link TextRules} holds the rules, shared with the services. */
class SafeTextValidator implements ConstraintValidator<SafeText, CharSequence> {

  private int max;
  private boolean multiline;
  private String lengthMessage;

  @Override
  public void initialize(SafeText annotation) {
    max = annotation.max();
    multiline = annotation.multiline();
    lengthMessage = annotation.lengthMessage();
  }

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    String problem = TextRules.problem(value, max, multiline);
    if (problem == null) {
      return true;
    }
    if (!lengthMessage.isEmpty() && value.length() > max) {
      problem = lengthMessage;
    }
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate(problem.replace("{", "\\{").replace("$", "\\$"))
        .addConstraintViolation();
    return false;
  }
}
