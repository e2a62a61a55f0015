package se.bofast.housing;

import java.util.Date;
import org.springframework.stereotype.Component;
import se.bofast.identity.Groups;
import se.bofast.platform.process.DueDates;

/**
 * Due dates, intervals and reviewers for client-journey, from configuration
 * (bofast.housing.*), used in the model as ${journeyDue.of('assessment')} and so on.
 */
@Component("journeyDue")
public class JourneyDue {

  private final HousingProperties properties;
  private final DueDates dueDates;

  JourneyDue(HousingProperties properties, DueDates dueDates) {
    this.properties = properties;
    this.dueDates = dueDates;
  }

  /** The due date of a task created now, after the configured period. */
  public Date of(String taskKey) {
    return dueDates.dueAfter(properties.taskDue(), "bofast.housing.task-due", taskKey);
  }

  public String outreachInterval() {
    return properties.outreachInterval().toString();
  }

  public String apartmentRecheck() {
    return properties.apartmentRecheckInterval().toString();
  }

  /**
   * Who reviews a placement: the case manager for clients with complex needs (they keep
   * the case manager through the whole chain), the boendelots in training and trial
   * apartments, otherwise the socialsekreterare.
   */
  public String reviewer(Object complexNeeds, Object currentStep) {
    if (Boolean.TRUE.equals(complexNeeds)) {
      return Groups.CASE_MANAGER;
    }
    if (currentStep != null && Step.valueOf(currentStep.toString()).isApartment()) {
      return Groups.BOENDELOTS;
    }
    return Groups.SOCIALSEKRETERARE;
  }
}
