package se.bofast.housing;

import static se.bofast.housing.HousingConstants.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.bofast.client.Needs;
import se.bofast.housing.JourneyIntake.RegisteredClientStart;
import se.bofast.housing.JourneyIntake.StartCommand;
import se.bofast.housing.JourneyIntake.StartedJourney;
import se.bofast.platform.process.CurrentUser;
import se.bofast.platform.process.DueDates;
import se.bofast.platform.process.FormValues;

/**
 * The service tasks of client-journey: each maps variables to a call of one journey service
 * (the bean method's parameter) and the result back to variables (ids and flags only).
 * Referenced from the model by camunda:delegateExpression="${registerJourney}" etc.
 */
@Configuration(proxyBeanMethods = false)
class JourneyDelegates {

  private final CurrentUser user;
  private final DueDates dueDates;

  JourneyDelegates(CurrentUser user, DueDates dueDates) {
    this.user = user;
    this.dueDates = dueDates;
  }

  static long journeyId(DelegateExecution execution) {
    return ((Number) execution.getVariable(VAR_JOURNEY_ID)).longValue();
  }

  /**
   * Aktualisering: runs synchronously in the start command, so bad start-form input is refused
   * in Tasklist. A referral from another module starts the process with the client's id
   * instead of the form's personal data.
   */
  @Bean
  JavaDelegate registerJourney(JourneyIntake intake) {
    return execution -> {
      StartedJourney started = execution.getVariable(VAR_CLIENT_ID) instanceof Number clientId
          ? intake.startForClient(new RegisteredClientStart(clientId.longValue(),
              FormValues.choice(execution, VAR_NEEDS, Needs.class, "Behov"),
              FormValues.choice(execution, VAR_SITUATION, Situation.class, "Var klienten finns"),
              FormValues.text(execution, VAR_SHELTER_NAME),
              FormValues.date(execution, "situationSince", "Datum")), user.id())
          : intake.start(startForm(execution), user.id());
      intake.attachProcessInstance(started.journeyId(), execution.getProcessInstanceId());
      HousingPersonalData.NAMES.forEach(execution::removeVariable);
      execution.setProcessBusinessKey(started.caseNumber());
      execution.setVariables(Map.of(
          VAR_JOURNEY_ID, started.journeyId(),
          VAR_CLIENT_ID, started.clientId(),
          VAR_CASE_NUMBER, started.caseNumber(),
          VAR_CLIENT_DISPLAY_NAME, started.clientDisplayName(),
          VAR_NEEDS_OUTREACH, started.needsOutreach(),
          VAR_COMPLEX_NEEDS, started.complexNeeds()));
    };
  }

  private static StartCommand startForm(DelegateExecution execution) {
    return new StartCommand(
        FormValues.choice(execution, "clientType", JourneyIntake.ClientType.class, "Klient"),
        FormValues.text(execution, "personalNumber"),
        FormValues.text(execution, "firstName"),
        FormValues.text(execution, "lastName"),
        FormValues.text(execution, "alias"),
        FormValues.choice(execution, VAR_NEEDS, Needs.class, "Behov"),
        FormValues.integer(execution, "childrenInHousehold", "Antal barn i hushållet"),
        FormValues.choice(execution, VAR_SITUATION, Situation.class, "Var klienten finns"),
        FormValues.text(execution, VAR_SHELTER_NAME),
        FormValues.date(execution, "situationSince", "Datum"));
  }

  @Bean
  JavaDelegate loadTreatmentFacts(OutreachAndAssessment assessments) {
    return execution -> {
      long id = journeyId(execution);
      execution.setVariable(VAR_TREATMENT_COMPLETED, assessments.treatmentCompleted(id));
      execution.setVariable(VAR_DRUG_FREE_MONTHS, assessments.drugFreeMonths(id));
    };
  }

  @Bean
  JavaDelegate recordIneligibility(JourneyDecisions decisions) {
    return execution -> {
      @SuppressWarnings("unchecked")
      Map<String, Object> result = (Map<String, Object>) execution.getVariable(VAR_ELIGIBILITY);
      String reason = result == null ? "Ej behörig" : String.valueOf(result.get("reason"));
      decisions.recordIneligibility(journeyId(execution), reason);
      execution.setVariable(VAR_INELIGIBLE_REASON, reason);
    };
  }

  @Bean
  JavaDelegate writeReferral(JourneyDecisions decisions) {
    return execution -> {
      decisions.writeReferral(journeyId(execution));
      execution.removeVariable(VAR_INELIGIBLE_REASON);
    };
  }

  @Bean
  JavaDelegate reserveApartment(JourneyDecisions decisions) {
    return execution -> {
      Step kind = Step.valueOf((String) execution.getVariable(VAR_DECIDED_STEP));
      var reserved = decisions.reserveApartment(journeyId(execution), kind);
      execution.setVariable(VAR_APARTMENT_RESERVED, reserved.isPresent());
      execution.setVariable(VAR_APARTMENT_ID, reserved.orElse(null));
    };
  }

  @Bean
  JavaDelegate startPlacement(JourneyPlacements placements) {
    return execution -> {
      Step step = Step.valueOf((String) execution.getVariable(VAR_DECIDED_STEP));
      Long apartmentId = step.isApartment() ? ((Number) execution.getVariable(VAR_APARTMENT_ID)).longValue() : null;
      LocalDate start = step.isApartment()
          ? FormValues.date(execution, "moveInDate", "Inflyttningsdatum")
          : FormValues.date(execution, "startDate", "Startdatum");
      String place = step.isApartment() ? step.label() : FormValues.text(execution, "place");
      Integer trialMonths = FormValues.integer(execution, VAR_TRIAL_PERIOD_MONTHS, "Prövotid (månader)");
      long placementId = placements.startPlacement(journeyId(execution), step, place, apartmentId, start,
          trialMonths, user.id());
      execution.removeVariable(VAR_TRIAL_PERIOD_MONTHS);
      execution.setVariable(VAR_PLACEMENT_ID, placementId);
      execution.setVariable(VAR_CURRENT_STEP, step.name());
    };
  }

  @Bean
  JavaDelegate scheduleReview(PlacementReviews reviews) {
    return execution -> {
      LocalDate requested = FormValues.date(execution, "newReviewDate", "Nytt uppföljningsdatum");
      PlacementReviews.NextReview next = reviews.nextReview(journeyId(execution), requested);
      execution.removeVariable("newReviewDate");
      execution.setVariable(VAR_NEXT_REVIEW_AT, dueDates.timerOn(next.date()));
      execution.setVariable(VAR_TAKEOVER_DUE, next.takeoverDue());
      // the support visits known so far: support-intensity.dmn's input before the review, and the form's start value
      execution.setVariable(VAR_VISITS_PER_WEEK, reviews.currentVisitsPerWeek(journeyId(execution)));
    };
  }

  /** The landlord refused the takeover: dated on the trial placement, the journey returns to regular reviews. */
  @Bean
  JavaDelegate recordTakeoverRefusal(PlacementReviews reviews) {
    return execution -> reviews.recordTakeoverRefusal(journeyId(execution));
  }

  /** End of the trial period: the request goes to the landlord's landlord-relations when the landlord is registered. */
  @Bean
  JavaDelegate requestTakeover(JourneyPlacements placements, ObjectProvider<TakeoverRequests> landlords) {
    return execution -> {
      long id = journeyId(execution);
      boolean routed = placements.currentApartment(id)
          .map(apartment -> landlords.stream().anyMatch(landlord -> landlord.request(
              (String) execution.getVariable(VAR_CASE_NUMBER), apartment,
              (String) execution.getVariable(VAR_CLIENT_DISPLAY_NAME))))
          .orElse(false);
      execution.setVariable(VAR_TAKEOVER_ROUTED, routed);
    };
  }

  @Bean
  JavaDelegate recordReview(PlacementReviews reviews) {
    return execution -> {
      // the reason for choosing against the recommendation lives in placement_review, never in variables
      String deviationReason = FormValues.text(execution, VAR_DEVIATION_REASON);
      execution.removeVariable(VAR_DEVIATION_REASON);
      reviews.recordReview(journeyId(execution),
          FormValues.integer(execution, VAR_VISITS_PER_WEEK, "Stödbesök per vecka"),
          (String) execution.getVariable(VAR_SUPPORT_RECOMMENDATION),
          ReviewOutcome.valueOf((String) execution.getVariable(VAR_REVIEW_OUTCOME)),
          deviationReason, user.id());
    };
  }

  @Bean
  JavaDelegate terminatePlacement(JourneyPlacements placements) {
    return execution -> {
      LocalDate date = FormValues.date(execution, VAR_TERMINATION_DATE, "Datum");
      StepEndCause stepEnd = FormValues.choice(execution, VAR_STEP_END_CAUSE, StepEndCause.class, "Orsak");
      if (stepEnd != null) {
        placements.endStep(journeyId(execution), stepEnd, date, user.id());
      } else {
        placements.terminatePlacement(journeyId(execution),
            FormValues.choice(execution, VAR_TERMINATION_CAUSE, TerminationCause.class, "Orsak"), date, user.id());
      }
      List.of(VAR_CURRENT_STEP, VAR_STEP_END_CAUSE, VAR_TERMINATION_CAUSE, VAR_TERMINATION_DATE,
          VAR_RELAPSE_TERMINATION).forEach(execution::removeVariable);
    };
  }

  @Bean
  JavaDelegate takeOver(JourneyPlacements placements) {
    return execution -> {
      placements.takeOver(journeyId(execution), user.id());
      execution.setVariable(VAR_CURRENT_STEP, Step.EGET_KONTRAKT.name());
    };
  }

  @Bean
  JavaDelegate closeJourney(JourneyPlacements placements) {
    return execution -> placements.close(journeyId(execution),
        FormValues.choice(execution, VAR_CLOSE_REASON, CloseReason.class, "Orsak till avslut"), user.id());
  }
}
