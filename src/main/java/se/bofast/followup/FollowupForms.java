package se.bofast.followup;

import static se.bofast.followup.FollowupConstants.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import se.bofast.platform.process.CurrentUser;
import se.bofast.platform.process.FormValues;
import se.bofast.platform.process.ProcessIds;
import se.bofast.platform.web.InvalidInputException;

/**
 * Server-side validation of the follow-up module's task forms, run by each user task's
 * "complete" listener (${followupForms.consent(task)} ...). A refusal rolls the completion
 * back, nothing is stored, and Tasklist shows the Swedish message. Names, free texts about
 * the client and the participants are stored in the module's tables and removed from the
 * process (declared in FollowupPersonalData, so never in history either).
 */
@Component("followupForms")
public class FollowupForms {

  enum FollowupOutcome { DONE, NOT_DONE }

  enum Consent { YES, NO }

  private final FollowupService followups;
  private final CarePlanSteps carePlans;
  private final FollowupDue due;
  private final CurrentUser user;

  FollowupForms(FollowupService followups, CarePlanSteps carePlans, FollowupDue due, CurrentUser user) {
    this.followups = followups;
    this.carePlans = carePlans;
    this.due = due;
    this.user = user;
  }

  // --- assessment-followup ----------------------------------------------------------------

  public void assessmentFollowup(DelegateTask task) {
    FollowupOutcome outcome = FormValues.choice(task, "followupOutcome", FollowupOutcome.class, "Resultat");
    if (outcome == null) {
      throw new InvalidInputException("followupOutcome", "Ange om uppföljningen gjordes.");
    }
    String result = FormValues.text(task, "assessmentResult");
    if (outcome == FollowupOutcome.DONE && result == null) {
      throw new InvalidInputException("assessmentResult", "Ange ett kort resultat av bedömningen.");
    }
    followups.completeFollowup(ProcessIds.id(task, VAR_FOLLOWUP_ID),
        outcome == FollowupOutcome.DONE, FormValues.date(task, "assessmentDate", "Datum för bedömningen"),
        result, FormValues.text(task, "followupNote"), user.id());
    clearPersonalData(task);
  }

  // --- care-plan --------------------------------------------------------------------------

  public void consent(DelegateTask task) {
    Consent consent = FormValues.choice(task, "consent", Consent.class, "Samtycke");
    carePlans.consent(carePlanId(task), consent == null ? null : consent == Consent.YES,
        FormValues.date(task, "consentDate", "Datum för samtycket"),
        FormValues.text(task, "declineNote"));
    clearPersonalData(task);
    task.getExecution().setVariable(VAR_CONSENT_GIVEN, consent == Consent.YES);
  }

  public void invite(DelegateTask task) {
    List<CarePlanSteps.ParticipantInput> invited = new ArrayList<>();
    participant(task, Party.PSYCHIATRY, "psychiatry", "psykiatrin", invited);
    participant(task, Party.ADDICTION_CARE, "addictionCare", "beroendevården", invited);
    participant(task, Party.OTHER, "other", "den andra deltagaren", invited);
    carePlans.invite(carePlanId(task), FormValues.date(task, "invitedOn", "Inbjudan skickad"), invited);
    clearPersonalData(task);
  }

  public void meeting(DelegateTask task) {
    carePlans.meeting(carePlanId(task), FormValues.date(task, "meetingDate", "Datum för SIP-mötet"),
        FormValues.flag(task, "clientParticipated"));
  }

  public void plan(DelegateTask task) {
    Party coordinator = FormValues.choice(task, "coordinator", Party.class, "Samordnare");
    Map<Party, String> actions = new EnumMap<>(Party.class);
    actions.put(Party.SOCIAL_SERVICES, action(task, "socialServicesAction", "Socialtjänstens insats"));
    actions.put(Party.PSYCHIATRY, action(task, "psychiatryAction", "Psykiatrins insats"));
    actions.put(Party.ADDICTION_CARE, action(task, "addictionCareAction", "Beroendevårdens insats"));
    actions.put(Party.OTHER, action(task, "otherAction", "Den andra deltagarens insats"));
    actions.put(Party.CLIENT, action(task, "clientAction", "Klientens egen del"));
    LocalDate next = FormValues.date(task, "nextFollowUp", "Nästa uppföljning");
    long id = carePlanId(task);
    carePlans.establish(id, coordinator, actions, next);
    clearPersonalData(task);
    task.getExecution().setVariable(VAR_NEXT_FOLLOW_UP_AT, due.morningOf(next));
  }

  public void review(DelegateTask task) {
    CarePlanReview.Outcome outcome = FormValues.choice(task, VAR_REVIEW_OUTCOME, CarePlanReview.Outcome.class,
        "Bedömning");
    LocalDate next = FormValues.date(task, "nextFollowUp", "Nästa uppföljning");
    PlanEndReason reason = FormValues.choice(task, VAR_END_REASON, PlanEndReason.class, "Orsak");
    carePlans.review(carePlanId(task), outcome, next, reason, user.id());
    if (outcome == CarePlanReview.Outcome.CONTINUE) {
      task.getExecution().setVariable(VAR_NEXT_FOLLOW_UP_AT, due.morningOf(next));
    }
  }

  // --- internals --------------------------------------------------------------------------

  private static void participant(DelegateTask task, Party party, String prefix, String who,
      List<CarePlanSteps.ParticipantInput> into) {
    String name = FormValues.text(task, prefix + "Name");
    String organisation = FormValues.text(task, prefix + "Organisation");
    String role = FormValues.text(task, prefix + "Role");
    if (name == null && organisation == null && role == null) {
      return;
    }
    if (name == null) {
      throw new InvalidInputException(prefix + "Name", "Ange namn på deltagaren från " + who + ".");
    }
    if (organisation == null) {
      throw new InvalidInputException(prefix + "Organisation", "Ange organisation för deltagaren från " + who + ".");
    }
    limit(name, prefix + "Name", "Namnet");
    limit(organisation, prefix + "Organisation", "Organisationen");
    if (role != null) {
      limit(role, prefix + "Role", "Rollen");
    }
    into.add(new CarePlanSteps.ParticipantInput(party, name, organisation, role));
  }

  private static void limit(String value, String field, String label) {
    if (value.length() > CarePlanSteps.NAME_MAX_LENGTH) {
      throw new InvalidInputException(field, label + " får vara högst " + CarePlanSteps.NAME_MAX_LENGTH + " tecken.");
    }
  }

  private static String action(DelegateTask task, String key, String label) {
    return CarePlanSteps.text(FormValues.text(task, key), key, label);
  }

  private static long carePlanId(DelegateTask task) {
    return ProcessIds.id(task, VAR_CARE_PLAN_ID);
  }

  private static void clearPersonalData(DelegateTask task) {
    FollowupPersonalData.NAMES.forEach(task.getExecution()::removeVariable);
  }
}
