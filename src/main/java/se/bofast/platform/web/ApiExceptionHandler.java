package se.bofast.platform.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.DateTimeException;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import se.bofast.platform.web.ApiProblems.FieldError;

/**
 * Every error of /api as application/problem+json with a Swedish title and detail; a 400
 * names each offending field in {@code errors: [{field, message}]}, using the JSON property
 * path the caller sent (for example {@code needs} or {@code household.children}).
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<Object> invalidInput(InvalidInputException e) {
    return respond(ApiProblems.invalid(e.faults().stream().map(f -> new FieldError(f.field(), f.message())).toList()));
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<Object> notFound(NotFoundException e) {
    return respond(ApiProblems.problem(HttpStatus.NOT_FOUND, e.getMessage()));
  }

  @ExceptionHandler(ForbiddenException.class)
  ResponseEntity<Object> forbidden(ForbiddenException e) {
    return respond(ApiProblems.problem(HttpStatus.FORBIDDEN, e.getMessage()));
  }

  @ExceptionHandler(ConflictException.class)
  ResponseEntity<Object> conflict(ConflictException e) {
    return respond(ApiProblems.problem(HttpStatus.CONFLICT, e.getMessage()));
  }

  @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
  ResponseEntity<Object> concurrentChange(ObjectOptimisticLockingFailureException e) {
    return respond(ApiProblems.problem(HttpStatus.CONFLICT,
        "Uppgifterna har ändrats av någon annan under tiden. Hämta dem igen och försök på nytt."));
  }

  /**
   * A value the validation let through but that still broke a rule of the database or of
   * date and number arithmetic: refused, never a 500; the request's values are not logged.
   * (The fix is validation before storage; this is the net under it.)
   */
  @ExceptionHandler(DataIntegrityViolationException.class)
  ResponseEntity<Object> integrityViolation(DataIntegrityViolationException e) {
    LOG.warn("/api request refused by a database constraint ({})", e.getClass().getSimpleName());
    return respond(ApiProblems.problem(HttpStatus.CONFLICT,
        "Uppgifterna kunde inte sparas: de strider mot registrets regler eller mot något som just sparats. "
            + "Kontrollera dem och försök igen. Inget har sparats."));
  }

  @ExceptionHandler({DateTimeException.class, ArithmeticException.class})
  ResponseEntity<Object> outOfRange(RuntimeException e) {
    LOG.warn("/api request refused: a value out of range ({})", e.getClass().getSimpleName());
    return respond(ApiProblems.invalid(List.of(new FieldError("", "Ett datum eller tal ligger utanför det tillåtna intervallet."))));
  }

  /** Logged under a reference without the exception's message (SQL, values): {@link ServerErrors}. */
  @ExceptionHandler(Exception.class)
  ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request) {
    String reference = ServerErrors.log(LOG, request.getMethod() + " " + request.getRequestURI(), e);
    return respond(ApiProblems.problem(HttpStatus.INTERNAL_SERVER_ERROR,
        "Ett oväntat fel inträffade. Inget har sparats. Ange referens " + reference + " om du kontaktar supporten."));
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<FieldError> errors = new ArrayList<>();
    for (var error : e.getBindingResult().getAllErrors()) {
      String field = error instanceof org.springframework.validation.FieldError fieldError
          ? fieldError.getField() : error.getObjectName();
      errors.add(new FieldError(field, error.getDefaultMessage()));
    }
    return respond(ApiProblems.invalid(errors));
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<FieldError> errors = new ArrayList<>();
    e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error -> errors.add(
        new FieldError(result.getMethodParameter().getParameterName(), error.getDefaultMessage()))));
    return respond(ApiProblems.invalid(errors));
  }

  @Override
  protected ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String field = e instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : e.getPropertyName();
    return respond(ApiProblems.invalid(List.of(new FieldError(field, "Ogiltigt värde: " + e.getValue() + "."))));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return respond(ApiProblems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        "Skicka uppgifterna som application/json."));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof ApiBodyLimitFilter.BodyTooLargeException) {
        return respond(ApiProblems.problem(HttpStatus.PAYLOAD_TOO_LARGE, ApiBodyLimitFilter.tooLargeDetail()));
      }
    }
    return respond(ApiProblems.invalid(List.of(unreadable(e.getCause()))));
  }

  /** Any other Spring MVC error (405, 406, 404 for an unknown path, ...): its status, a Swedish text. */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    HttpStatus known = HttpStatus.resolve(status.value());
    ProblemDetail problem = ProblemDetail.forStatus(status);
    problem.setTitle(ApiProblems.title(status.value()));
    problem.setDetail(known == null ? null : ApiProblems.title(status.value()) + ".");
    HttpHeaders out = new HttpHeaders();
    out.addAll(headers);
    out.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    return new ResponseEntity<>(problem, out, status);
  }

  private static FieldError unreadable(Throwable cause) {
    if (cause instanceof UnrecognizedPropertyException unknown) {
      return new FieldError(path(unknown), "Okänt fält: " + unknown.getPropertyName() + ".");
    }
    if (cause instanceof InvalidFormatException format) {
      return new FieldError(path(format), invalidValue(format.getTargetType(), format.getValue()));
    }
    if (cause instanceof MismatchedInputException mismatch) {
      return new FieldError(path(mismatch), mismatch.getTargetType() == null
          ? "Fältet har fel typ." : invalidValue(mismatch.getTargetType(), null));
    }
    if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      return new FieldError(path(mapping), "Ogiltigt värde.");
    }
    if (cause instanceof InputCoercionException number) {
      return new FieldError(location(number), "Talet är för stort eller har fel typ.");
    }
    if (cause instanceof JsonParseException parse && String.valueOf(parse.getOriginalMessage()).startsWith("Duplicate field")) {
      return new FieldError(location(parse), "Fältet förekommer två gånger.");
    }
    if (cause instanceof StreamReadException parse) {
      return new FieldError(location(parse), "Uppgifterna är inte giltig JSON.");
    }
    return new FieldError("", "Uppgifterna saknas eller är inte giltig JSON.");
  }

  private static String invalidValue(Class<?> type, Object value) {
    String shown = value == null ? "" : " '" + value + "'";
    if (type != null && type.isEnum()) {
      return "Okänt värde" + shown + ". Tillåtna värden: "
          + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", ")) + ".";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "Ogiltigt värde" + shown + ". Ange true eller false.";
    }
    if (type == String.class) {
      return "Ange en text (inom citattecken).";
    }
    if (type != null && Temporal.class.isAssignableFrom(type)) {
      return "Ogiltigt datum" + shown + ". Skriv ÅÅÅÅ-MM-DD med ett datum som finns.";
    }
    if (type != null && (Number.class.isAssignableFrom(type) || type.isPrimitive())) {
      return "Ogiltigt tal" + shown + ". Ange ett heltal.";
    }
    return "Ogiltigt värde" + shown + ".";
  }

  /** The JSON path of a mapping error, as in "household.children[0].age". */
  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : e.getPath()) {
      if (reference.getFieldName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  /** Where the parser stopped in malformed JSON: the property it was reading, if any. */
  private static String location(StreamReadException e) {
    JsonParser parser = e.getProcessor();
    if (parser == null) {
      return "";
    }
    List<String> names = new ArrayList<>();
    for (JsonStreamContext context = parser.getParsingContext(); context != null; context = context.getParent()) {
      if (context.inObject() && context.getCurrentName() != null) {
        names.add(0, context.getCurrentName());
      } else if (context.inArray()) {
        names.add(0, "[" + Math.max(context.getCurrentIndex(), 0) + "]");
      }
    }
    return String.join(".", names).replace(".[", "[");
  }

  private static ResponseEntity<Object> respond(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
