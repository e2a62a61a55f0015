package se.bofast.platform.web;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** The problem+json bodies of /api: Swedish title and detail, and the fields to correct. */
final class ApiProblems {

  static final String ERRORS = "errors";

  record FieldError(String field, String message) {
  }

  private ApiProblems() {
  }

  static ProblemDetail problem(HttpStatus status, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title(status.value()));
    return problem;
  }

  static ProblemDetail invalid(List<FieldError> errors) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, errors.size() == 1
        ? errors.get(0).message()
        : "Uppgifterna innehåller " + errors.size() + " fel.");
    problem.setProperty(ERRORS, errors.stream()
        .map(e -> Map.of("field", e.field() == null ? "" : e.field(), "message", e.message())).toList());
    return problem;
  }

  static String title(int status) {
    return switch (status) {
      case 400 -> "Felaktiga uppgifter";
      case 401 -> "Inloggning krävs";
      case 403 -> "Åtkomst nekad";
      case 404 -> "Finns inte";
      case 405 -> "Metoden stöds inte";
      case 406 -> "Svarsformatet stöds inte";
      case 409 -> "Konflikt";
      case 413 -> "För stor begäran";
      case 415 -> "Innehållstypen stöds inte";
      default -> status >= 500 ? "Internt fel" : "Begäran kunde inte utföras";
    };
  }
}
