package se.bofast.platform.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Checks {@link DateRange} against the application's clock (the engine's, so tests that
 * move the engine's clock move "today" too). Spring creates the validators and injects it.
 */
abstract class DateRangeValidator<T> implements ConstraintValidator<DateRange, T> {

  private final Clock clock;
  private int yearsAhead;

  DateRangeValidator(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void initialize(DateRange annotation) {
    yearsAhead = annotation.yearsAhead();
  }

  abstract LocalDate day(T value);

  @Override
  public boolean isValid(T value, ConstraintValidatorContext context) {
    String problem = value == null ? null : DateRules.problem(day(value), LocalDate.now(clock), yearsAhead);
    if (problem == null) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
    return false;
  }

  static final class ForDate extends DateRangeValidator<LocalDate> {

    ForDate(Clock clock) {
      super(clock);
    }

    @Override
    LocalDate day(LocalDate value) {
      return value;
    }
  }

  static final class ForDateTime extends DateRangeValidator<LocalDateTime> {

    ForDateTime(Clock clock) {
      super(clock);
    }

    @Override
    LocalDate day(LocalDateTime value) {
      return value.toLocalDate();
    }
  }
}
