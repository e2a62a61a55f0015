package se.bofast.retention;

/** The records-retention process: key, task, variables and form fields. */
final class RetentionConstants {

  static final String PROCESS_KEY = "records-retention";
  static final String TASK_APPROVE = "Task_ApproveRemoval";

  static final String VAR_RUN_ID = "retentionRunId";
  static final String VAR_RUN_TITLE = "runTitle";
  /** Clients due and listed for approval; those held because a case of theirs is open; exempt. */
  static final String VAR_DUE_COUNT = "dueCount";
  static final String VAR_OPEN_COUNT = "openCaseCount";
  static final String VAR_EXEMPT_COUNT = "exemptCount";
  /** One line per client, case numbers and dates only, for the form (read only). */
  static final String VAR_DUE_SUMMARY = "dueSummary";
  static final String VAR_OPEN_SUMMARY = "openCaseSummary";

  /** "3: reason" per line: the clients the enhetschef holds, each with a reason. */
  static final String FIELD_HOLDS = "holdReasons";
  static final String FIELD_APPROVED = "approved";
  static final int HOLD_REASON_MAX_LENGTH = 400;

  private RetentionConstants() {
  }
}
