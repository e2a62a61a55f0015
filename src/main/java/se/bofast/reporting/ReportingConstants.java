package se.bofast.reporting;

/** The reporting module's process key, variables and task keys. */
public final class ReportingConstants {

  public static final String PROCESS_KEY = "steering-report";

  public static final String KIND_MONTHLY = "MONTHLY";
  public static final String KIND_TERTIAL = "TERTIAL";

  public static final String VAR_REPORT_KIND = "reportKind";
  public static final String VAR_SNAPSHOT_ID = "snapshotId";
  public static final String VAR_TERTIAL_SNAPSHOT_ID = "tertialSnapshotId";
  /** Whether this month's run also makes the tertial report. */
  public static final String VAR_TERTIAL_DUE = "tertialDue";
  public static final String VAR_PERIOD_FROM = "periodFrom";
  public static final String VAR_PERIOD_TO = "periodTo";
  /** "Månadsrapport 2026-12" / "Månadsrapport 2026-12 och tertialrapport 2026-09 – 2026-12". */
  public static final String VAR_REPORT_TITLE = "reportTitle";
  /** The figures, one line each, for the review form (read only). */
  public static final String VAR_REPORT_SUMMARY = "reportSummary";

  /** Form fields of the review task. */
  public static final String FIELD_APPROVED = "approved";
  public static final String FIELD_COMMENT = "approvalComment";

  public static final String TASK_REVIEW = "Task_ReviewReport";

  public static final int COMMENT_MAX_LENGTH = 2000;

  /** The enhetschef's dashboard: a page under the webapps' login, and its data. */
  public static final String DASHBOARD_PAGE = "/dashboard/";
  public static final String DASHBOARD_DATA = "/dashboard/data";

  private ReportingConstants() {
  }
}
