package se.bofast.workplan;

import java.time.Period;
import java.util.Date;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import se.bofast.platform.process.DueDates;

/**
 * Due dates of the work plan's tasks, used in the models as ${workPlanDue.followUpBy()} and
 * ${workPlanDue.rentDebtContactBy()}; the periods are settings (bofast.work-plan.*).
 */
@Component("workPlanDue")
public class WorkPlanDue {

  private final DueDates dueDates;
  private final Period followUpWithin;
  private final Period rentDebtContactWithin;

  WorkPlanDue(DueDates dueDates,
      @Value("${bofast.work-plan.follow-up-within:P7D}") Period followUpWithin,
      @Value("${bofast.work-plan.rent-debt-contact-within:P1D}") Period rentDebtContactWithin) {
    this.dueDates = dueDates;
    this.followUpWithin = followUpWithin;
    this.rentDebtContactWithin = rentDebtContactWithin;
  }

  /** The follow-up is done within a week of its date (the timer fires on the date). */
  public Date followUpBy() {
    return dueDates.dueAfter(followUpWithin);
  }

  /** Rent debt: the agreed contact reaches the client at once, by default by the next day. */
  public Date rentDebtContactBy() {
    return dueDates.dueAfter(rentDebtContactWithin);
  }
}
