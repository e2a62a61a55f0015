package se.bofast.landlord;

import java.util.Date;
import org.springframework.stereotype.Component;
import se.bofast.platform.process.DueDates;

/**
 * Due dates and the contact interval of landlord-relations, used in the model as
 * ${landlordDue.of('keep-in-touch')} and ${landlordDue.contactInterval(partnerId)}: task due
 * dates come from configuration (bofast.landlord.task-due), the interval from the partner
 * register, so that it can be changed per partner.
 */
@Component("landlordDue")
public class LandlordDue {

  private final LandlordProperties properties;
  private final PartnerRegister partners;
  private final DueDates dueDates;

  LandlordDue(LandlordProperties properties, PartnerRegister partners, DueDates dueDates) {
    this.properties = properties;
    this.partners = partners;
    this.dueDates = dueDates;
  }

  /** The due date of a task created now: 16:00 on the day the configured period ends. */
  public Date of(String taskKey) {
    return dueDates.dueAfter(properties.taskDue(), "bofast.landlord.task-due", taskKey);
  }

  /** The partner's contact interval as an ISO-8601 duration for the timer, e.g. P3M. */
  public String contactInterval(Object partnerId) {
    return partners.contactInterval(((Number) partnerId).longValue()).toString();
  }
}
