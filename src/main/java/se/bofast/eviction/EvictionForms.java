package se.bofast.eviction;

import static se.bofast.eviction.EvictionConstants.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import se.bofast.client.Needs;
import se.bofast.housing.Situation;
import se.bofast.platform.process.CurrentUser;
import se.bofast.platform.process.FormValues;
import se.bofast.platform.process.ProcessIds;
import se.bofast.platform.process.TaskListVariables;
import se.bofast.platform.web.InvalidInputException;

/**
 * Server-side checks of eviction-prevention's task forms, run by each task's "complete"
 * listener (${evictionForms.contact(task)} ...). A refusal rolls the completion back and
 * Tasklist shows the Swedish message.
 */
@Component("evictionForms")
public class EvictionForms {

  private final CaseSteps steps;
  private final CaseDecisions decisions;
  private final LandlordContactLog landlordContacts;
  private final CaseProcess process;
  private final CurrentUser user;

  EvictionForms(CaseSteps steps, CaseDecisions decisions, LandlordContactLog landlordContacts, CaseProcess process,
      CurrentUser user) {
    this.steps = steps;
    this.decisions = decisions;
    this.landlordContacts = landlordContacts;
    this.process = process;
    this.user = user;
  }

  private static long caseId(DelegateTask task) {
    return ProcessIds.id(task, VAR_CASE_ID);
  }

  /**
   * An attempt to reach the tenant. The process learns whether the tenant was reached, whether
   * the attempts are exhausted (not reached, bofast.eviction.max-unanswered-attempts unanswered)
   * and which channel the order points to next (the form asks for a reason when a later one is
   * chosen); children learnt in the attempt may raise the priority, which the process and the
   * open tasks then show. The free-text reason is stored with the attempt and kept out of the process.
   */
  public void contact(DelegateTask task) {
    boolean reached = FormValues.flag(task, VAR_REACHED);
    CaseSteps.ContactRecorded recorded = steps.recordContactAttempt(caseId(task),
        FormValues.date(task, "attemptDate", "Datum"),
        FormValues.choice(task, "channel", ContactChannel.class, "Kontaktväg"),
        reached,
        FormValues.integer(task, "childrenInHousehold", "Antal barn i hushållet"),
        FormValues.text(task, VAR_OUT_OF_ORDER_REASON),
        user.id());
    task.getExecution().removeVariable(VAR_OUT_OF_ORDER_REASON);
    task.getExecution().setVariable(VAR_REACHED, reached);
    task.getExecution().setVariable(VAR_CONTACT_EXHAUSTED, recorded.contactExhausted());
    task.getExecution().setVariable(VAR_NEXT_CONTACT_CHANNEL, recorded.nextChannel().name());
    task.getExecution().setVariable(VAR_HAS_CHILDREN, recorded.hasChildren());
    task.getExecution().setVariable(VAR_PRIORITY, recorded.priority());
    task.getExecution().setVariable(VAR_PRIORITY_LABEL, EvictionPriority.label(recorded.priority()));
    TaskListVariables.refreshCopies(task.getExecution());
    if (recorded.contactDeadlineMoved()) {
      process.reassessed(task.getProcessInstanceId());
    }
  }

  /** The UV-team's joint decision, stored on the case; its free text leaves the process variables. */
  public void uvTeam(DelegateTask task) {
    if (!FormValues.flag(task, "jointDecisionMade")) {
      throw new InvalidInputException("jointDecisionMade", "Markera när UV-teamet har fattat sitt gemensamma beslut.");
    }
    decisions.recordUvTeamDecision(caseId(task), new CaseDecisions.UvTeamDecision(
        FormValues.date(task, "meetingDate", "Datum för samrådet och beslutet"),
        FormValues.text(task, "uvMeasures"),
        FormValues.text(task, "uvResponsible"),
        FormValues.date(task, "uvActBy", "Klart senast")));
    EvictionPersonalData.NAMES.forEach(task.getExecution()::removeVariable);
  }

  public void homeVisit(DelegateTask task) {
    if (FormValues.date(task, "visitDate", "Datum för hembesöket") == null) {
      throw new InvalidInputException("visitDate", "Ange datum för hembesöket.");
    }
    decisions.recordChildrenAffected(caseId(task), FormValues.integer(task, "childrenAffected", "Berörda barn"));
  }

  /** The contact with the landlord; logged in the landlord register when the landlord is a partner there. */
  public void landlordContact(DelegateTask task) {
    java.time.LocalDate date = FormValues.date(task, "landlordContactDate", "Datum");
    if (date == null) {
      throw new InvalidInputException("landlordContactDate", "Ange datum för kontakten med hyresvärden.");
    }
    LandlordResult result = FormValues.choice(task, "landlordResult", LandlordResult.class, "Resultat");
    if (result == null) {
      throw new InvalidInputException("landlordResult", "Ange vad kontakten med hyresvärden ledde till.");
    }
    se.bofast.landlord.ContactChannel channel =
        FormValues.choice(task, "landlordChannel", se.bofast.landlord.ContactChannel.class, "Kontaktsätt");
    if (channel == null) {
      throw new InvalidInputException("landlordChannel", "Ange hur du hade kontakt med hyresvärden.");
    }
    landlordContacts.record(caseId(task), date, channel, result.label);
  }

  /** What the contact with the landlord led to. */
  enum LandlordResult {
    PAYMENT_PLAN("Avbetalningsplan"), RECTIFIED("Rättelse"), NOTICE_WITHDRAWN("Uppsägningen återtas"),
    NO_AGREEMENT("Ingen överenskommelse");

    final String label;

    LandlordResult(String label) {
      this.label = label;
    }
  }

  /** The decision on ekonomiskt bistånd for the rent debt, stored on the case. */
  public void financialAid(DelegateTask task) {
    decisions.recordAidDecision(caseId(task),
        FormValues.choice(task, "aidDecision", AidDecision.class, "Beslut"),
        FormValues.decimal(task, "aidAmountSek", "Belopp"),
        FormValues.date(task, "aidDecisionDate", "Beslutsdatum"));
  }

  public void contactOverdue(DelegateTask task) {
    if (!FormValues.flag(task, "followedUp")) {
      throw new InvalidInputException("followedUp", "Markera när du har följt upp ärendet med bosamordnaren.");
    }
  }

  /** With children in the household, social services must be present at the eviction; emergency housing is stored. */
  public void prepareEviction(DelegateTask task) {
    decisions.recordPreparation(caseId(task), FormValues.flag(task, "socialServicesPlanned"),
        FormValues.flag(task, "emergencyHousing"));
  }

  public void outcome(DelegateTask task) {
    Outcome outcome = FormValues.choice(task, VAR_OUTCOME, Outcome.class, "Utfall");
    if (outcome == Outcome.EVICTED) {
      if (FormValues.choice(task, "needs", Needs.class, "Behov") == null) {
        throw new InvalidInputException("needs", "Ange personens behov för remissen till vårdkedjan.");
      }
      if (FormValues.choice(task, "situationAfter", Situation.class, "Boende") == null) {
        throw new InvalidInputException("situationAfter", "Ange var personen bor efter avhysningen.");
      }
    }
    decisions.recordOutcome(caseId(task), new CaseDecisions.OutcomeReport(outcome,
        FormValues.date(task, "outcomeDate", "Datum för utfallet"),
        FormValues.integer(task, "childrenAffected", "Berörda barn"),
        FormValues.decimal(task, "finalRentDebtSek", "Hyresskuld"),
        outcome == Outcome.EVICTED ? socialServicesPresent(task) : null));
  }

  /** Present, absent, or not answered (null): an unchecked checkbox sends false, only a missing field is null. */
  private static Boolean socialServicesPresent(DelegateTask task) {
    return task.getVariable("socialServicesPresent") == null ? null : FormValues.flag(task, "socialServicesPresent");
  }

  public void followUpContact(DelegateTask task) {
    if (FormValues.date(task, "followUpDate", "Datum") == null) {
      throw new InvalidInputException("followUpDate", "Ange datum för den uppföljande kontakten.");
    }
  }

  /** "Fortsätt utan kontakt": the bosamordnare confirms that the case goes on without the tenant. */
  public void continueWithoutContact(DelegateTask task) {
    if (!FormValues.flag(task, "continueConfirmed")) {
      throw new InvalidInputException("continueConfirmed",
          "Bekräfta att ärendet går vidare utan kontakt med hyresgästen.");
    }
    steps.recordContinuedWithoutContact(caseId(task));
  }

  /** A disturbance case: the meeting with the landlord about the disturbances, in the landlord's log. */
  public void landlordMeeting(DelegateTask task) {
    java.time.LocalDate date = FormValues.date(task, "landlordMeetingDate", "Datum för mötet");
    if (date == null) {
      throw new InvalidInputException("landlordMeetingDate", "Ange datum för mötet med hyresvärden.");
    }
    MeetingResult result = FormValues.choice(task, "meetingResult", MeetingResult.class, "Resultat");
    if (result == null) {
      throw new InvalidInputException("meetingResult", "Ange vad mötet med hyresvärden ledde till.");
    }
    landlordContacts.record(caseId(task), date, se.bofast.landlord.ContactChannel.MEETING, result.label);
  }

  /** What the meeting with the landlord about disturbances led to. */
  enum MeetingResult {
    MEASURES_AGREED("Överenskomna åtgärder mot störningarna"), NOTICE_WITHDRAWN("Uppsägningen återtas"),
    NO_AGREEMENT("Ingen överenskommelse");

    final String label;

    MeetingResult(String label) {
      this.label = label;
    }
  }

  /** The housing chain's staff have coordinated the eviction case with the client's journey. */
  public void chainCoordination(DelegateTask task) {
    if (FormValues.date(task, "coordinatedOn", "Datum") == null) {
      throw new InvalidInputException("coordinatedOn", "Ange datum för samordningen med bosamordnaren.");
    }
    if (!FormValues.flag(task, "coordinated")) {
      throw new InvalidInputException("coordinated", "Markera när vårdkedjan och bosamordnaren har samordnat sig.");
    }
  }
}
