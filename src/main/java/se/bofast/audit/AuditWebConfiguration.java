package se.bofast.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts {@link ApiAccessRecording} on /api and answers a read the log could not record with 503. */
@Configuration(proxyBeanMethods = false)
class AuditWebConfiguration implements WebMvcConfigurer {

  static final String UNAVAILABLE = "Åtkomstloggen kunde inte skrivas, därför visas eller sparas inte uppgifterna."
      + " Försök igen om en stund och kontakta systemförvaltningen om felet kvarstår.";

  private final ApiAccessRecording recording;

  AuditWebConfiguration(ApiAccessRecording recording) {
    this.recording = recording;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(recording).addPathPatterns("/api/**");
  }

  static ProblemDetail unavailable() {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, UNAVAILABLE);
    problem.setTitle("Tjänsten är inte tillgänglig");
    return problem;
  }

  /** Ahead of the platform's handlers, which would answer an unknown exception with 500. */
  @RestControllerAdvice
  @Order(Ordered.HIGHEST_PRECEDENCE)
  static class Errors {

    @ExceptionHandler(AccessLogUnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(AccessLogUnavailableException e) {
      return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(AuditWebConfiguration.unavailable());
    }
  }

  static String problemJson(ObjectMapper json) {
    try {
      return json.writeValueAsString(Map.of("type", "about:blank", "title", "Tjänsten är inte tillgänglig",
          "status", 503, "detail", UNAVAILABLE));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
