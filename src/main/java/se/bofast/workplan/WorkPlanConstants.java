package se.bofast.workplan;

import java.time.ZoneId;

/** Names shared by the work plan's models, REST API and Java glue. */
public final class WorkPlanConstants {

  public static final String API_WORK_PLAN = "/api/clients/{id}/work-plan";
  /** The staff members a plan may name. */
  public static final String API_STAFF = "/api/work-plans/staff";

  public static final String PROCESS_FOLLOWUP = "work-plan-followup";
  public static final String PROCESS_RENT_DEBT = "work-plan-rent-debt";
  static final String TIMER_FOLLOW_UP = "Timer_FollowUp";
  static final String TASK_FOLLOW_UP = "Task_FollowUpPlan";
  static final String TASK_RENT_DEBT_CONTACT = "Task_RentDebtContact";

  // process variables: ids, dates, flags and what Tasklist shows; never the plan's text
  static final String VAR_WORK_PLAN_ID = "workPlanId";
  static final String VAR_CLIENT_ID = "clientId";
  static final String VAR_CASE_NUMBER = "caseNumber";
  static final String VAR_CLIENT_DISPLAY_NAME = "clientDisplayName";
  /** When the follow-up timer fires (a Date). */
  static final String VAR_FOLLOW_UP_AT = "followUpAt";
  /** The follow-up date as the form shows it (yyyy-MM-dd). */
  static final String VAR_FOLLOW_UP_ON = "followUpOn";
  /** The follow-up form's choice: CONTINUE (with the next date) or END. */
  static final String VAR_PLAN_OUTCOME = "planOutcome";
  static final String VAR_NEXT_FOLLOW_UP_ON = "nextFollowUpOn";
  /** The user id of the plan's agreed contact when rent debt threatens (null: the team's socialsekreterare). */
  static final String VAR_RENT_DEBT_CONTACT = "rentDebtContact";

  static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

  private WorkPlanConstants() {
  }
}
