package se.bofast.audit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import se.bofast.identity.Groups;
import se.bofast.platform.process.SystemAccess;
import se.bofast.platform.web.ApiAccess;
import se.bofast.platform.web.InvalidInputException;
import se.bofast.platform.web.RequireGroups;
import se.bofast.platform.web.TextRules;

/**
 * The monthly review for the enhetschef: the latest reviews with their findings, a review started
 * for a chosen month (as the application: the enhetschef has no start rights in the engine), and
 * her mark with a comment on each finding.
 */
@RestController
@RequireGroups(Groups.ENHETSCHEF)
class AccessReviewController {

  static final String API_REVIEWS = AccessLogController.API + "/reviews";
  static final String API_MARK = AccessLogController.API + "/anomalies/{anomalyId}/review";

  record StartReview(String month) {
  }

  record Mark(String comment) {
  }

  private final AccessReviews reviews;
  private final RuntimeService runtime;
  private final SystemAccess system;
  private final ApiAccess access;

  AccessReviewController(AccessReviews reviews, RuntimeService runtime, SystemAccess system, ApiAccess access) {
    this.reviews = reviews;
    this.runtime = runtime;
    this.system = system;
    this.access = access;
  }

  @GetMapping(value = API_REVIEWS, produces = MediaType.APPLICATION_JSON_VALUE)
  List<AccessReviews.ReviewView> latest() {
    return reviews.latest(12);
  }

  /** 201 with the new review's instance; 200 with the open one when the month is already being reviewed. */
  @PostMapping(path = API_REVIEWS, consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, String>> start(@RequestBody StartReview body) {
    YearMonth month = month(body.month());
    Optional<String> open = reviews.openFor(month.atDay(1), month.atEndOfMonth());
    if (open.isPresent()) {
      return ResponseEntity.ok(Map.of("month", month.toString(), "processInstanceId", open.get()));
    }
    String instance = system.call(() -> runtime.startProcessInstanceByMessage(
        AuditConstants.MESSAGE_REVIEW_REQUESTED, Map.of(AuditConstants.VAR_REVIEW_MONTH, month.toString())).getId());
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("month", month.toString(),
        "processInstanceId", instance));
  }

  @PostMapping(path = API_MARK, consumes = MediaType.APPLICATION_JSON_VALUE)
  AccessReviews.AnomalyView mark(@PathVariable long anomalyId, @RequestBody Mark body) {
    String user = access.requireAnyGroup(Groups.ENHETSCHEF);
    String comment = body.comment() == null ? null : body.comment().strip();
    if (comment == null || comment.isEmpty()) {
      throw new InvalidInputException("comment", "Skriv en kommentar om vad granskningen visade.");
    }
    TextRules.check("comment", comment, AuditConstants.COMMENT_MAX_LENGTH, true);
    return reviews.mark(anomalyId, user, comment);
  }

  static YearMonth month(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException("month", "Ange vilken månad som ska granskas (ÅÅÅÅ-MM).");
    }
    YearMonth month;
    try {
      month = YearMonth.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("month", "Månaden ska skrivas ÅÅÅÅ-MM, till exempel 2026-10.");
    }
    YearMonth current = YearMonth.from(LocalDate.now(AccessLogQueries.ZONE));
    if (!month.isBefore(current) || month.getYear() < 2000) {
      throw new InvalidInputException("month", "Välj en månad som har tagit slut, från 2000-01 och framåt.");
    }
    return month;
  }
}
