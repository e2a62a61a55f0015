package se.bofast.workplan;

import static se.bofast.workplan.WorkPlanConstants.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import se.bofast.platform.process.CurrentUser;
import se.bofast.platform.process.FormValues;
import se.bofast.platform.process.ProcessIds;
import se.bofast.platform.web.DateRules;
import se.bofast.platform.web.InvalidInputException;

/**
 * The complete listeners of the work plan's tasks, used in the models as
 * ${workPlanForms.followedUp(task)} and ${workPlanForms.rentDebtContacted(task)}. A bad value
 * is refused with a Swedish message in Tasklist, and nothing is stored.
 */
@Component("workPlanForms")
public class WorkPlanForms {

  /** The follow-up form's choice. */
  enum Outcome { CONTINUE, END }

  private final WorkPlans plans;
  private final WorkPlanProcess process;
  private final CurrentUser user;
  private final java.time.Clock clock;

  WorkPlanForms(WorkPlans plans, WorkPlanProcess process, CurrentUser user, java.time.Clock clock) {
    this.clock = clock;
    this.plans = plans;
    this.process = process;
    this.user = user;
  }

  /** "Följ upp arbetsplanen": the plan goes on to the next date (the timer waits for it) or ends. */
  public void followedUp(DelegateTask task) {
    Outcome outcome = FormValues.choice(task, VAR_PLAN_OUTCOME, Outcome.class, "Hur går arbetsplanen vidare");
    if (outcome == null) {
      throw new InvalidInputException(VAR_PLAN_OUTCOME, "Ange om arbetsplanen fortsätter eller avslutas.");
    }
    LocalDate next = FormValues.date(task, VAR_NEXT_FOLLOW_UP_ON, "Nästa uppföljning");
    LocalDate nextDate = plans.followedUp(ProcessIds.id(task, VAR_WORK_PLAN_ID), outcome == Outcome.END, next,
        user.id());
    // the date is in the plan now; left as a variable it would stand in the next follow-up's form
    task.getExecution().removeVariable(VAR_NEXT_FOLLOW_UP_ON);
    if (nextDate != null) {
      task.getExecution().setVariable(VAR_FOLLOW_UP_AT, process.timerAt(nextDate));
      task.getExecution().setVariable(VAR_FOLLOW_UP_ON, nextDate.toString());
    }
  }

  /** "Kontakta klienten – hyresskuld": the day of the contact has happened. */
  public void rentDebtContacted(DelegateTask task) {
    LocalDate on = FormValues.date(task, "contactedOn", "Datum för kontakten");
    if (on == null) {
      throw new InvalidInputException("contactedOn", "Ange datum för kontakten med klienten.");
    }
    DateRules.check("contactedOn", on, LocalDate.now(clock), 0);
  }
}
