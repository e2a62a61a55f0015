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
  private final LandlordContactLog landlordContacts;
  private final CurrentUser user;

  EvictionForms(CaseSteps steps, LandlordContactLog landlordContacts, CurrentUser user) {
    this.steps = steps;
    this.landlordContacts = landlordContacts;
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
  }

  public void uvTeam(DelegateTask task) {
    if (FormValues.date(task, "meetingDate", "Datum för samrådet") == null) {
      throw new InvalidInputException("meetingDate", "Ange datum för samrådet i UV-teamet.");
    }
    if (!FormValues.flag(task, "jointDecisionMade")) {
      throw new InvalidInputException("jointDecisionMade", "Markera när UV-teamet har fattat sitt gemensamma beslut.");
    }
  }

  public void homeVisit(DelegateTask task) {
    if (FormValues.date(task, "visitDate", "Datum för hembesöket") == null) {
      throw new InvalidInputException("visitDate", "Ange datum för hembesöket.");
    }
    Integer children = FormValues.integer(task, "childrenAffected", "Berörda barn");
    if (children == null) {
      throw new InvalidInputException("childrenAffected", "Ange hur många barn som berörs.");
    }
    steps.recordChildrenAffected(caseId(task), children);
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

  public void financialAid(DelegateTask task) {
    String decision = FormValues.text(task, "aidDecision");
    if (decision == null) {
      throw new InvalidInputException("aidDecision", "Ange beslutet om ekonomiskt bistånd.");
    }
    if ("GRANTED".equals(decision)) {
      java.math.BigDecimal amount = FormValues.decimal(task, "aidAmountSek", "Belopp");
      if (amount == null || amount.signum() <= 0) {
        throw new InvalidInputException("aidAmountSek", "Ange beviljat belopp i kronor.");
      }
    }
  }

  public void contactOverdue(DelegateTask task) {
    if (!FormValues.flag(task, "followedUp")) {
      throw new InvalidInputException("followedUp", "Markera när du har följt upp ärendet med bosamordnaren.");
    }
  }

  /** With children in the household, social services must be present at the eviction. */
  public void prepareEviction(DelegateTask task) {
    if (Boolean.TRUE.equals(task.getExecution().getVariable(VAR_HAS_CHILDREN)) && !FormValues.flag(task, "socialServicesPlanned")) {
      throw new InvalidInputException("socialServicesPlanned",
          "Barn bor i hushållet: socialtjänsten ska vara på plats vid avhysningen.");
    }
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
    steps.recordOutcome(caseId(task), outcome,
        FormValues.integer(task, "childrenAffected", "Berörda barn"),
        FormValues.decimal(task, "finalRentDebtSek", "Hyresskuld"),
        outcome == Outcome.EVICTED ? FormValues.flag(task, "socialServicesPresent") : null);
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
