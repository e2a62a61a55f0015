package se.bofast.housing;

import static se.bofast.housing.HousingConstants.*;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import se.bofast.client.Journal;
import se.bofast.client.JournalKind;
import se.bofast.client.JournalTexts;
import se.bofast.platform.process.CurrentUser;
import se.bofast.platform.process.FormValues;
import se.bofast.platform.process.ProcessIds;
import se.bofast.platform.web.InvalidInputException;

/**
 * Server-side validation of client-journey's task forms, run by each user task's
 * "complete" listener (${journeyForms.assessment(task)} ...). The engine does not
 * validate Camunda Forms; a refusal here rolls the completion back and Tasklist shows the
 * Swedish message.
 */
@Component("journeyForms")
public class JourneyForms {

  enum OutreachOutcome { CONTINUE, READY_FOR_ASSESSMENT, CLOSE }

  private final OutreachAndAssessment assessments;
  private final JourneyDecisions decisions;
  private final Journal journal;
  private final CurrentUser user;
  private final Clock clock;

  JourneyForms(OutreachAndAssessment assessments, JourneyDecisions decisions, Journal journal, CurrentUser user,
      Clock clock) {
    this.journal = journal;
    this.assessments = assessments;
    this.decisions = decisions;
    this.user = user;
    this.clock = clock;
  }

  private static long journeyId(DelegateTask task) {
    return ProcessIds.id(task, VAR_JOURNEY_ID);
  }

  public void outreachContact(DelegateTask task) {
    long id = journeyId(task);
    OutreachOutcome outcome = FormValues.choice(task, VAR_OUTREACH_OUTCOME, OutreachOutcome.class, "Resultat");
    if (outcome == null) {
      throw new InvalidInputException(VAR_OUTREACH_OUTCOME, "Välj hur arbetet går vidare.");
    }
    LocalDate contactDate = FormValues.date(task, "contactDate", "Datum för kontakten");
    String journalText = FormValues.text(task, VAR_JOURNAL_TEXT);
    OutreachChannel channel = FormValues.choice(task, OutreachAndAssessment.FIELD_CHANNEL, OutreachChannel.class,
        "Hur kom kontakten till?");
    String displayName = assessments.recordOutreachContact(id, contactDate,
        FormValues.flag(task, "met"),
        // the task is the outreach team's own: a form without the field (before V22) is OUTREACH
        channel == null ? OutreachChannel.OUTREACH : channel,
        organisation(task),
        FormValues.text(task, "personalNumber"),
        FormValues.text(task, "firstName"),
        FormValues.text(task, "lastName"),
        user.id());
    if (journalText != null) {
      // the contact in the client's journal, signed by the one who made it (SoL 11:5, FL 27 §)
      journal.write(ProcessIds.id(task, VAR_CLIENT_ID),
          new Journal.Draft(JournalKind.CONTACT, contactDate, journalText, null, true), user.id());
    }
    HousingPersonalData.NAMES.forEach(task.getExecution()::removeVariable);
    // each contact says anew how it came about: the next contact's form starts from its defaults
    task.getExecution().removeVariable(OutreachAndAssessment.FIELD_CHANNEL);
    task.getExecution().removeVariable(OutreachAndAssessment.FIELD_ORGANISATION);
    if (outcome == OutreachOutcome.READY_FOR_ASSESSMENT && !assessments.isClientIdentified(id)) {
      throw new InvalidInputException("personalNumber",
          "Klienten måste identifieras (personnummer eller samordningsnummer) innan utredningen kan börja.");
    }
    if (outcome == OutreachOutcome.CLOSE) {
      requireCloseReason(task);
    }
    task.getExecution().setVariable(VAR_CLIENT_DISPLAY_NAME, displayName);
  }

  /**
   * On creation of "Uppsökande kontakt": the voluntary organisations of the partner register as the
   * options of the form's organisation list (a task-local JSON variable the form's valuesKey names).
   */
  public void offerOrganisations(DelegateTask task) {
    java.util.List<java.util.Map<String, String>> options = assessments.voluntaryOrganisations().stream()
        .map(o -> java.util.Map.of("label", o.name(), "value", Long.toString(o.partnerId())))
        .toList();
    task.setVariableLocal(VAR_VOLUNTARY_ORGANISATIONS, org.camunda.spin.Spin.JSON(options));
  }

  /** The chosen organisation's partner id; null when none was chosen. */
  private static Long organisation(DelegateTask task) {
    String value = FormValues.text(task, OutreachAndAssessment.FIELD_ORGANISATION);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(OutreachAndAssessment.FIELD_ORGANISATION,
          "Välj en ideell organisation i listan.");
    }
  }

  public void assessment(DelegateTask task) {
    if (!FormValues.flag(task, "asiDone") && !FormValues.flag(task, "durDone")) {
      throw new InvalidInputException("asiDone", "Utredningen kräver ASI, DUR eller båda: markera vad som gjorts.");
    }
    LocalDate assessed = FormValues.date(task, "assessmentDate", "Utredningsdatum");
    if (assessed == null) {
      throw new InvalidInputException("assessmentDate", "Ange utredningsdatum.");
    }
    boolean complexNeeds = FormValues.flag(task, VAR_COMPLEX_NEEDS);
    assessments.recordAssessment(journeyId(task), complexNeeds,
        FormValues.date(task, "treatmentCompletedOn", "Behandling avslutad"),
        FormValues.date(task, "drugFreeSince", "Drogfri sedan"),
        FormValues.integer(task, "childrenInHousehold", "Antal barn i hushållet"),
        assessed, FormValues.flag(task, "asiDone"), FormValues.flag(task, "durDone"),
        user.id());
    if (complexNeeds) {
      task.getExecution().setVariable(VAR_COMPLEX_NEEDS, true);
    }
  }

  public void decideInsats(DelegateTask task) {
    Step step = FormValues.choice(task, VAR_DECIDED_STEP, Step.class, "Insats");
    decisions.validateDecision(journeyId(task), step, FormValues.text(task, "place"),
        FormValues.date(task, "startDate", "Startdatum"));
    task.getExecution().setVariable(VAR_APARTMENT_STEP, step.isApartment());
  }

  /** The move-in; the boendelots's note on it, when written, in the client's journal as a signed visit. */
  public void moveIn(DelegateTask task) {
    LocalDate moveInDate = FormValues.date(task, "moveInDate", "Inflyttningsdatum");
    decisions.validateMoveIn(journeyId(task), moveInDate);
    String journalText = JournalTexts.take(task);
    if (journalText != null) {
      if (moveInDate.isAfter(LocalDate.now(clock))) {
        throw new InvalidInputException(JournalTexts.KEY,
            "Inflyttningen har inte skett ännu: skriv journalanteckningen när den är gjord.");
      }
      journal.write(ProcessIds.id(task, VAR_CLIENT_ID),
          new Journal.Draft(JournalKind.VISIT, moveInDate, journalText, null, true), user.id());
    }
  }

  public void takeoverAnswer(DelegateTask task) {
    Object approved = task.getVariable("landlordApproved");
    if (approved == null) {
      throw new InvalidInputException("landlordApproved", "Ange hyresvärdens svar.");
    }
    boolean yes = FormValues.flag(task, "landlordApproved");
    task.getExecution().setVariable("landlordApproved", yes);
    if (yes) {
      task.getExecution().setVariable(VAR_REVIEW_OUTCOME, ReviewOutcome.TAKEOVER.name());
      return;
    }
    LocalDate next = FormValues.date(task, "newReviewDate", "Nytt uppföljningsdatum");
    if (next == null || !next.isAfter(LocalDate.now(clock))) {
      throw new InvalidInputException("newReviewDate",
          "Ange när försöket ska följas upp igen (ett datum efter i dag).");
    }
  }

  private static void requireCloseReason(DelegateTask task) {
    if (FormValues.choice(task, VAR_CLOSE_REASON, CloseReason.class, "Orsak till avslut") == null) {
      throw new InvalidInputException(VAR_CLOSE_REASON, "Ange varför ärendet avslutas.");
    }
  }
}
