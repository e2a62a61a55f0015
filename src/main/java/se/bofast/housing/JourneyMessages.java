package se.bofast.housing;

import static se.bofast.platform.web.Inputs.notInFuture;
import static se.bofast.platform.web.Inputs.require;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.bofast.platform.process.SystemAccess;
import se.bofast.platform.web.InvalidInputException;

/**
 * What others tell a running journey, by its case number: a relapse, an uppsägning or a
 * step that ended, reported over REST, and the landlord's answer to a takeover request from
 * landlord-relations. Each is checked here, then correlated as a message to the journey's
 * process, which does the rest in its own steps.
 */
@Service
@Transactional
public class JourneyMessages {

  private final JourneyRecords records;
  private final PlacementRepository placements;
  private final RuntimeService runtimeService;
  private final SystemAccess system;
  private final Relapses relapses;

  JourneyMessages(JourneyRecords records, PlacementRepository placements, RuntimeService runtimeService,
      SystemAccess system, Relapses relapses) {
    this.relapses = relapses;
    this.records = records;
    this.placements = placements;
    this.runtimeService = runtimeService;
    this.system = system;
  }

  /**
   * Reports what happened to the journey's current placement. A relapse is recorded and the team
   * gets a task to agree on support (message RelapseReported); the placement goes on. An uppsägning
   * on a lawful cause or a step that ended without the next starting interrupts the placement
   * (message PlacementInterrupted), and the process ends it.
   */
  public void reportInterruption(String caseNumber, InterruptionCause cause, LocalDate date, String user) {
    Journey journey = records.byCaseNumber(caseNumber);
    if (!journey.isOpen()) {
      throw new InvalidInputException("caseNumber", "Ärendet " + caseNumber + " är avslutat.");
    }
    require(cause, "cause", InterruptionCause.REQUIRED);
    require(date, "date", "Ange datum för avbrottet.");
    notInFuture(date, records.today(), "date");
    if (cause == InterruptionCause.RELAPSE) {
      if (relapses.report(journey, date, user)) {
        correlate(journey, HousingConstants.MESSAGE_RELAPSE_REPORTED,
            Map.of(HousingConstants.VAR_RELAPSE_DATE, date.toString()));
      }
      return;
    }
    Placement open = placements.findByOpenClientId(journey.clientId)
        .filter(p -> p.journeyId == journey.id)
        .orElseThrow(() -> new InvalidInputException("caseNumber", "Klienten har ingen pågående placering i ärendet."));
    if (date.isBefore(open.startDate)) {
      throw new InvalidInputException("date",
          "Datumet kan inte vara före placeringens startdatum (" + open.startDate + ").");
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(HousingConstants.VAR_TERMINATION_DATE, date.toString());
    if (cause.termination() != null) {
      variables.put(HousingConstants.VAR_TERMINATION_CAUSE, cause.termination().name());
    } else {
      variables.put(HousingConstants.VAR_STEP_END_CAUSE, cause.stepEnd().name());
    }
    correlate(journey, HousingConstants.MESSAGE_PLACEMENT_INTERRUPTED, variables);
  }

  private void correlate(Journey journey, String message, Map<String, Object> variables) {
    long correlated = system.call(() -> runtimeService.createMessageCorrelation(message)
        .processInstanceId(journey.processInstanceId)
        .setVariables(variables)
        .correlateAllWithResult().size());
    if (correlated == 0) {
      // rolls back what was recorded: nothing half-stored
      throw new InvalidInputException("caseNumber",
          "Placeringen kan inte avbrytas just nu: den har inte startat i processen än.");
    }
  }

  /**
   * The landlord's answer to a takeover request, recorded in landlord-relations: approved
   * leads to the own lease, refused continues the trial with a new review date.
   */
  public void answerTakeover(String caseNumber, boolean approved, LocalDate newReviewDate) {
    Journey journey = records.byCaseNumber(caseNumber);
    if (!approved && (newReviewDate == null || !newReviewDate.isAfter(records.today()))) {
      throw new InvalidInputException("newReviewDate", "Ange när försöket ska följas upp igen (ett datum efter i dag).");
    }
    Map<String, Object> answer = new HashMap<>();
    answer.put(HousingConstants.VAR_LANDLORD_APPROVED, approved);
    if (approved) {
      answer.put(HousingConstants.VAR_REVIEW_OUTCOME, ReviewOutcome.TAKEOVER.name());
    } else {
      answer.put(HousingConstants.VAR_NEW_REVIEW_DATE, newReviewDate.toString());
    }
    int delivered = system.call(() -> runtimeService.createMessageCorrelation(
            HousingConstants.MESSAGE_TAKEOVER_ANSWERED)
        .processInstanceId(journey.processInstanceId)
        .setVariables(answer)
        .correlateAllWithResult().size());
    if (delivered == 0) {
      throw new IllegalStateException("Journey " + caseNumber + " is not waiting for the landlord's answer");
    }
  }
}
