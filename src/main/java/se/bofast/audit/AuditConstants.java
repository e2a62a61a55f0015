package se.bofast.audit;

/** The access-log-review process: key, variables, form fields, task. */
public final class AuditConstants {

  public static final String PROCESS_KEY = "access-log-review";
  /** The enhetschef's start from the atkomstlogg page (a message start: a process may not have a none and a timer start). */
  public static final String MESSAGE_REVIEW_REQUESTED = "AccessLogReviewRequested";
  public static final String TASK_REVIEW = "Task_ReviewAccessLog";

  /** Set by a start from the atkomstlogg page: the month to review, "2026-10". */
  public static final String VAR_REVIEW_MONTH = "reviewMonth";
  public static final String VAR_REVIEW_ID = "reviewId";
  public static final String VAR_PERIOD_FROM = "periodFrom";
  public static final String VAR_PERIOD_TO = "periodTo";
  public static final String VAR_REVIEW_TITLE = "reviewTitle";
  /** The findings, one line each with ids only, for the task's form (read only). */
  public static final String VAR_ANOMALY_SUMMARY = "anomalySummary";
  public static final String VAR_ANOMALY_COUNT = "anomalyCount";

  public static final String FIELD_ALL_REVIEWED = "allReviewed";
  public static final String FIELD_CLOSING_COMMENT = "closingComment";
  public static final int COMMENT_MAX_LENGTH = 2000;

  private AuditConstants() {
  }
}
