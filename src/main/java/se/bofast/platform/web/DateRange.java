package se.bofast.platform.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A date ({@code LocalDate}, or the day of a {@code LocalDateTime}) in a range that makes
 * sense for a social-services record: not before {@link DateRules#EARLIEST}, not more than
 * {@link #yearsAhead()} years after today (the application's clock), and with
 * {@link #yearsAhead()} = 0 not after today at all (a notice served, a contact held).
 * Null is valid (combine with {@code @NotNull}).
 */
@Documented
@Constraint(validatedBy = {DateRangeValidator.ForDate.class, DateRangeValidator.ForDateTime.class})
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD,
    ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface DateRange {

  /** How many years after today the date may lie; 0: not in the future. */
  int yearsAhead() default DateRules.DEFAULT_YEARS_AHEAD;

  String message() default "Datumet ligger utanför det tillåtna intervallet.";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
