package se.bofast.audit;

import static se.bofast.audit.AuditConstants.*;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import se.bofast.platform.process.CurrentUser;
import se.bofast.platform.process.FormValues;
import se.bofast.platform.web.InvalidInputException;

/**
 * The glue of access-log-review: ${accessReview.reviewCycle()}, ${accessReview.firstWorkingDay()},
 * ${accessReview.find(execution)}, ${accessReview.reviewDue()} and ${accessReview.complete(task)}.
 * The review covers a whole calendar month: the one before the day it runs, or the month the
 * enhetschef chose when she started it. Its findings are stored (ids only) and listed in the
 * task; she marks each with a comment on the atkomstlogg page, and the task cannot be completed
 * while one is unmarked.
 */
@Component("accessReview")
public class AccessReview {

  private final List<ReviewRule> rules;
  private final AccessLogQueries log;
  private final AccessReviews reviews;
  private final AuditProperties properties;
  private final WorkingDays workingDays;
  private final CurrentUser currentUser;
  private final Clock clock;

  AccessReview(List<ReviewRule> rules, AccessLogQueries log, AccessReviews reviews, AuditProperties properties,
      WorkingDays workingDays, CurrentUser currentUser, Clock clock) {
    this.rules = rules;
    this.log = log;
    this.reviews = reviews;
    this.properties = properties;
    this.workingDays = workingDays;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  public String reviewCycle() {
    return properties.reviewCycle();
  }

  /** 06:00 on this month's first working day (now, if that has passed). */
  public Date firstWorkingDay() {
    LocalDate today = LocalDate.now(clock);
    Instant at = workingDays.firstOfMonth(today).atTime(6, 0).atZone(clock.getZone()).toInstant();
    return Date.from(at.isBefore(clock.instant()) ? clock.instant() : at);
  }

  public Date reviewDue() {
    return Date.from(LocalDate.now(clock).plus(properties.reviewDue()).atTime(16, 0).atZone(clock.getZone())
        .toInstant());
  }

  /** Finds and stores what deserves a look in the month; sets the task's variables (ids only). */
  public void find(DelegateExecution execution) {
    YearMonth month = execution.getVariable(VAR_REVIEW_MONTH) instanceof String chosen ? YearMonth.parse(chosen)
        : YearMonth.from(LocalDate.now(clock)).minusMonths(1);
    LocalDate from = month.atDay(1);
    LocalDate to = month.atEndOfMonth();
    List<ReviewRule.Finding> findings = findings(from, to);
    long reviewId = reviews.create(from, to, execution.getProcessInstanceId(), findings);
    List<AccessReviews.AnomalyView> stored = reviews.anomalies(reviewId);
    execution.setVariables(Map.of(
        VAR_REVIEW_ID, reviewId,
        VAR_PERIOD_FROM, from.toString(),
        VAR_PERIOD_TO, to.toString(),
        VAR_REVIEW_TITLE, "Granskning av åtkomstloggen " + month,
        VAR_ANOMALY_COUNT, stored.size(),
        VAR_ANOMALY_SUMMARY, summary(stored)));
  }

  List<ReviewRule.Finding> findings(LocalDate from, LocalDate to) {
    List<AccessLog.Row> reads = new ArrayList<>();
    log.each(new AccessLogQueries.Criteria(null, null, from, to), row -> {
      if (row.operation() == AccessEntry.Operation.READ) {
        reads.add(row);
      }
    });
    List<ReviewRule.Finding> findings = new ArrayList<>();
    rules.forEach(rule -> findings.addAll(rule.findings(reads)));
    findings.sort(Comparator.comparing(ReviewRule.Finding::day).thenComparing(ReviewRule.Finding::kind)
        .thenComparing(ReviewRule.Finding::userId).thenComparing(ReviewRule.Finding::firstLogId));
    return findings;
  }

  static String summary(List<AccessReviews.AnomalyView> anomalies) {
    if (anomalies.isEmpty()) {
      return "Inga avvikelser under perioden.";
    }
    StringBuilder s = new StringBuilder();
    for (AccessReviews.AnomalyView a : anomalies) {
      s.append("Nr ").append(a.id()).append(", ").append(a.day()).append(", ").append(a.userId()).append(": ")
          .append(a.kindLabel());
      if (a.clientId() != null) {
        s.append(", klient-id ").append(a.clientId());
      }
      if (a.caseNumber() != null) {
        s.append(", ärende ").append(a.caseNumber());
      }
      s.append(" (").append(a.readCount()).append(a.readCount() == 1 ? " läsning" : " läsningar").append(")\n");
    }
    return s.toString().stripTrailing();
  }

  /** The task's "complete" listener: every finding marked, the box ticked; the closing comment kept. */
  public void complete(DelegateTask task) {
    long reviewId = ((Number) task.getVariable(VAR_REVIEW_ID)).longValue();
    long open = reviews.unreviewed(reviewId);
    if (open > 0) {
      throw new InvalidInputException(FIELD_ALL_REVIEWED, (open == 1 ? "1 avvikelse är" : open + " avvikelser är")
          + " inte markerade som granskade. Markera var och en med en kommentar på sidan Åtkomstlogg"
          + " (Personalens sidor) och slutför sedan uppgiften.");
    }
    if (!FormValues.flag(task, FIELD_ALL_REVIEWED)) {
      throw new InvalidInputException(FIELD_ALL_REVIEWED, "Kryssa i att du har granskat åtkomstloggen.");
    }
    String comment = FormValues.text(task, FIELD_CLOSING_COMMENT);
    if (comment != null && comment.length() > COMMENT_MAX_LENGTH) {
      throw new InvalidInputException(FIELD_CLOSING_COMMENT,
          "Kommentaren får vara högst " + COMMENT_MAX_LENGTH + " tecken (nu " + comment.length() + ").");
    }
    reviews.complete(reviewId, currentUser.id(), comment);
  }
}
