package se.bofast.platform.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text a person typed or a system sent, stored in a column of {@link #max()} characters:
 * at most that long, and free of characters that have no place in a record — control
 * characters (NUL, ESC, ...; line breaks only where {@link #multiline()}), the
 * bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069) that make a name
 * read differently from what is stored, unpaired surrogates and non-characters. Null is
 * valid (combine with {@code @NotBlank} for a required text). The refusal names the field
 * (400 problem+json over /api).
 */
@Documented
@Constraint(validatedBy = SafeTextValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD,
    ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface SafeText {

  /** The column's length in characters. */
  int max();

  /** Whether line breaks (and tabs) are allowed: free-text notes only. */
  boolean multiline() default false;

  /** The refusal of a text that is too long, when it should say more than "Högst {max} tecken." */
  String lengthMessage() default "";

  String message() default "Texten innehåller otillåtna tecken.";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
