package se.bofast.eviction;

import static se.bofast.eviction.EvictionConstants.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import se.bofast.client.JournalKind;
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
 * Tasklist shows the Swedish message. The tasks that record a contact, a visit or a decision
 * write their form's "Journalanteckning" in the case's journal ({@link CaseJournalTasks}): optional
 * for a contact attempt, a contact or meeting with the landlord; needed for the home visit to a
 * family, the UV-team's and the aid decision, and the outcome that closes the case.
 */
@Component("evictionForms")
public class EvictionForms {

  private final CaseSteps steps;
  private final CaseDecisions decisions;
  private final LandlordContactLog landlordContacts;
  private final CaseProcess process;
  private final CaseJournalTasks journal;
  private final CurrentUser user;

  EvictionForms(CaseSteps steps, CaseDecisions decisions, LandlordContactLog landlordContacts, CaseProcess process,
      CaseJournalTasks journal, CurrentUser user) {
    this.steps = steps;
    this.decisions = decisions;
    this.landlordContacts = landlordContacts;
    this.process = process;
    this.journal = journal;
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
    LocalDate date = FormValues.date(task, "attemptDate", "Datum");
    ContactChannel channel = FormValues.choice(task, "channel", ContactChannel.class, "Kontaktväg");
    CaseSteps.ContactRecorded recorded = steps.recordContactAttempt(caseId(task), date, channel,
        reached,
        FormValues.integer(task, "childrenInHousehold", "Antal barn i hushållet"),
        FormValues.text(task, VAR_OUT_OF_ORDER_REASON),
        user.id());
    task.getExecution().removeVariable(VAR_OUT_OF_ORDER_REASON);
    journal.record(task, channel.journalKind(), date);
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
    LocalDate decidedOn = FormValues.date(task, "meetingDate", "Datum för samrådet och beslutet");
    decisions.recordUvTeamDecision(caseId(task), new CaseDecisions.UvTeamDecision(decidedOn,
        FormValues.text(task, "uvMeasures"),
        FormValues.text(task, "uvResponsible"),
        FormValues.date(task, "uvActBy", "Klart senast")));
    journal.recordRequired(task, JournalKind.DECISION, decidedOn,
        "Skriv beslutet och skälen för det i journalanteckningen.");
    EvictionPersonalData.NAMES.forEach(task.getExecution()::removeVariable);
  }

  /** The home visit to a family with children: the children affected on the case, what was seen in the journal. */
  public void homeVisit(DelegateTask task) {
    LocalDate visited = FormValues.date(task, "visitDate", "Datum för hembesöket");
    if (visited == null) {
      throw new InvalidInputException("visitDate", "Ange datum för hembesöket.");
    }
    decisions.recordChildrenAffected(caseId(task), FormValues.integer(task, "childrenAffected", "Berörda barn"));
    journal.recordRequired(task, JournalKind.VISIT, visited,
        "Skriv vad som kom fram vid hembesöket, om barnens situation också, i journalanteckningen.");
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
    journal.record(task, JournalKind.CONTACT, date);
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
    LocalDate decidedOn = FormValues.date(task, "aidDecisionDate", "Beslutsdatum");
    decisions.recordAidDecision(caseId(task),
        FormValues.choice(task, "aidDecision", AidDecision.class, "Beslut"),
        FormValues.decimal(task, "aidAmountSek", "Belopp"),
        decidedOn);
    journal.recordRequired(task, JournalKind.DECISION, decidedOn,
        "Skriv skälen för beslutet om ekonomiskt bistånd i journalanteckningen.");
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
    LocalDate outcomeOn = FormValues.date(task, "outcomeDate", "Datum för utfallet");
    decisions.recordOutcome(caseId(task), new CaseDecisions.OutcomeReport(outcome, outcomeOn,
        FormValues.integer(task, "childrenAffected", "Berörda barn"),
        FormValues.decimal(task, "finalRentDebtSek", "Hyresskuld"),
        outcome == Outcome.EVICTED ? socialServicesPresent(task) : null));
    journal.recordRequired(task, JournalKind.DECISION, outcomeOn,
        "Skriv hur ärendet slutade och varför det avslutas i journalanteckningen.");
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
    journal.record(task, JournalKind.CONTACT, date);
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
