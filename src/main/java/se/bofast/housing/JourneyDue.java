package se.bofast.housing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import org.springframework.stereotype.Component;
import se.bofast.identity.Groups;

/**
 * Due dates, intervals and reviewers for client-journey, from configuration
 * (bofast.housing.*), used in the model as ${journeyDue.of('assessment')} and so on.
 */
@Component("journeyDue")
public class JourneyDue {

  private final HousingProperties properties;
  private final Clock clock;

  JourneyDue(HousingProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  /** The due date of a task created now: end of the day the configured period ends. */
  public Date of(String taskKey) {
    LocalDate due = LocalDate.now(clock).plus(properties.dueIn(taskKey));
    return Date.from(due.atTime(16, 0).atZone(clock.getZone()).toInstant());
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
