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
 * What others tell a running journey, by its case number: a relapse or an uppsägning
 * reported over REST, and the landlord's answer to a takeover request from
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

  JourneyMessages(JourneyRecords records, PlacementRepository placements, RuntimeService runtimeService,
      SystemAccess system) {
    this.records = records;
    this.placements = placements;
    this.runtimeService = runtimeService;
    this.system = system;
  }

  /**
   * Reports a relapse or an uppsägning for the journey's current placement: checked here,
   * then the process is interrupted (message PlacementInterrupted) and ends the placement.
   */
  public void reportInterruption(String caseNumber, TerminationCause cause, LocalDate date, String user) {
    Journey journey = records.byCaseNumber(caseNumber);
    if (!journey.isOpen()) {
      throw new InvalidInputException("caseNumber", "Ärendet " + caseNumber + " är avslutat.");
    }
    require(cause, "cause", "Ange orsak: RELAPSE, UNPAID_RENT, DISTURBANCE, NEGLECT eller DECISION_ENDED.");
    require(date, "date", "Ange datum för avbrottet.");
    notInFuture(date, records.today(), "date");
    Placement open = placements.findByOpenClientId(journey.clientId)
        .filter(p -> p.journeyId == journey.id)
        .orElseThrow(() -> new InvalidInputException("caseNumber", "Klienten har ingen pågående placering i ärendet."));
    if (date.isBefore(open.startDate)) {
      throw new InvalidInputException("date",
          "Datumet kan inte vara före placeringens startdatum (" + open.startDate + ").");
    }
    long correlated = system.call(() -> runtimeService.createMessageCorrelation(
            HousingConstants.MESSAGE_PLACEMENT_INTERRUPTED)
        .processInstanceId(journey.processInstanceId)
        .setVariable(HousingConstants.VAR_TERMINATION_CAUSE, cause.name())
        .setVariable(HousingConstants.VAR_TERMINATION_DATE, date.toString())
        .correlateAllWithResult().size());
    if (correlated == 0) {
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
