package se.bofast.housing;

import java.util.Date;
import org.springframework.stereotype.Component;
import se.bofast.platform.process.DueDates;

/**
 * Due dates and intervals for client-journey, from configuration (bofast.housing.*), used in
 * the model as ${journeyDue.of('assessment')} and so on. Who reviews a placement is a rule,
 * not a setting: processes/placement-reviewer.dmn.
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
}
