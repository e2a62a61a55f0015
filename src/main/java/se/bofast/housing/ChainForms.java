package se.bofast.housing;

import static se.bofast.housing.HousingConstants.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import se.bofast.client.JournalKind;
import se.bofast.platform.process.CurrentUser;
import se.bofast.platform.process.FormValues;
import se.bofast.platform.process.ProcessIds;
import se.bofast.platform.web.InvalidInputException;

/**
 * The chain's rules on client-journey's review and contract forms, run by each user task's "complete"
 * listener: the review checked against the support-intensity recommendation (a reason when it goes
 * against it), the team's agreement after a relapse, the training apartment converted in place, and a
 * trial contract's own trial period. A refusal rolls the completion back; Tasklist shows the Swedish
 * message. Each form's journal text becomes a signed journal entry.
 */
@Component("chainForms")
public class ChainForms {

  private final PlacementReviews reviews;
  private final JourneyPlacements placements;
  private final JourneyDecisions decisions;
  private final Relapses relapses;
  private final SupportAdvice advice;
  private final JourneyJournal journal;
  private final CurrentUser user;
  private final Clock clock;

  ChainForms(PlacementReviews reviews, JourneyPlacements placements, JourneyDecisions decisions, Relapses relapses,
      SupportAdvice advice, JourneyJournal journal, CurrentUser user, Clock clock) {
    this.reviews = reviews;
    this.placements = placements;
    this.decisions = decisions;
    this.relapses = relapses;
    this.advice = advice;
    this.journal = journal;
    this.user = user;
    this.clock = clock;
  }

  /** "Bedöm nästa steg": a follow-up visit; its journal text is a VISIT entry. */
  public void review(DelegateTask task) {
    long id = ProcessIds.id(task, VAR_JOURNEY_ID);
    Integer visits = FormValues.integer(task, VAR_VISITS_PER_WEEK, "Stödbesök per vecka");
    if (visits == null || visits < 0 || visits > 21) {
      throw new InvalidInputException(VAR_VISITS_PER_WEEK, "Ange antal stödbesök per vecka (0–21).");
    }
    ReviewOutcome outcome = FormValues.choice(task, VAR_REVIEW_OUTCOME, ReviewOutcome.class, "Bedömning");
    if (outcome == null || outcome == ReviewOutcome.TAKEOVER) {
      throw new InvalidInputException(VAR_REVIEW_OUTCOME, "Välj framåt, stanna, bakåt, omvandla eller avsluta.");
    }
    Step current = reviews.currentStep(id);
    if (outcome == ReviewOutcome.CONVERT && current != Step.TRANINGSLAGENHET) {
      throw new InvalidInputException(VAR_REVIEW_OUTCOME,
          "Bara en träningslägenhet kan omvandlas till försökslägenhet.");
    }
    if (outcome == ReviewOutcome.CLOSE
        && FormValues.choice(task, VAR_CLOSE_REASON, CloseReason.class, "Orsak till avslut") == null) {
      throw new InvalidInputException(VAR_CLOSE_REASON, "Ange varför ärendet avslutas.");
    }
    String recommendation = advice.recommend(visits);
    String reason = FormValues.text(task, VAR_DEVIATION_REASON);
    if (SupportAdvice.isAgainst(recommendation, current, outcome)) {
      if (reason == null) {
        throw new InvalidInputException(VAR_DEVIATION_REASON, "Med " + visits + " stödbesök i veckan rekommenderas "
            + SupportAdvice.label(recommendation) + ". Ange skälet att gå emot rekommendationen.");
      }
      if (reason.length() > 2000) {
        throw new InvalidInputException(VAR_DEVIATION_REASON, "Skälet får vara högst 2000 tecken.");
      }
    } else {
      task.getExecution().removeVariable(VAR_DEVIATION_REASON);
    }
    task.getExecution().setVariable(VAR_SUPPORT_RECOMMENDATION, recommendation);
    journal.write(task, JournalKind.VISIT, LocalDate.now(clock));
  }

  /** "Kom överens om stöd efter återfallet": the team's agreement; its journal text is a DECISION entry. */
  public void relapseSupport(DelegateTask task) {
    long id = ProcessIds.id(task, VAR_JOURNEY_ID);
    RelapseSupport support = FormValues.choice(task, "relapseSupport", RelapseSupport.class, "Överenskommet stöd");
    if (support == RelapseSupport.PLACEMENT_ENDED_BEFORE_V16) {
      support = null;
    }
    Relapses.Agreement agreement = new Relapses.Agreement(support,
        FormValues.integer(task, "agreedVisitsPerWeek", "Stödbesök per vecka"),
        FormValues.choice(task, "temporaryStep", Step.class, "Tillfällig vistelse"),
        FormValues.choice(task, VAR_TERMINATION_CAUSE, TerminationCause.class, "Grund för uppsägningen"),
        FormValues.date(task, VAR_TERMINATION_DATE, "Datum för uppsägningen"));
    relapses.agree(id, agreement, user.id());
    DelegateExecution execution = task.getExecution();
    boolean termination = agreement.support() == RelapseSupport.TERMINATION;
    execution.setVariable(VAR_RELAPSE_TERMINATION, termination);
    if (!termination) {
      List.of(VAR_TERMINATION_CAUSE, VAR_TERMINATION_DATE).forEach(execution::removeVariable);
    }
    if (agreement.support() == RelapseSupport.INTENSIFIED_SUPPORT) {
      execution.setVariable(VAR_VISITS_PER_WEEK, agreement.visitsPerWeek()); // the next review starts from it
    }
    List.of("agreedVisitsPerWeek", "temporaryStep", VAR_RELAPSE_DATE).forEach(execution::removeVariable);
    journal.write(task, JournalKind.DECISION, LocalDate.now(clock));
  }

  /**
   * "Omvandla till försökslägenhet": the training apartment becomes the client's trial apartment in
   * place, with a new contract from the given day; the placement that follows is a trial placement in
   * the same apartment, without a gap.
   */
  public void convertToTrial(DelegateTask task) {
    long id = ProcessIds.id(task, VAR_JOURNEY_ID);
    LocalDate from = FormValues.date(task, "conversionDate", "Försökskontraktet gäller från");
    if (from == null) {
      throw new InvalidInputException("conversionDate", "Ange från vilken dag försökskontraktet gäller.");
    }
    decisions.validateMoveIn(id, from);
    placements.trialMonths(FormValues.integer(task, VAR_TRIAL_PERIOD_MONTHS, "Prövotid (månader)"));
    Long apartment = placements.currentApartment(id).orElseThrow(() -> new InvalidInputException(VAR_REVIEW_OUTCOME,
        "Klienten bor inte i någon av förvaltningens lägenheter."));
    DelegateExecution execution = task.getExecution();
    execution.setVariable(VAR_DECIDED_STEP, Step.FORSOKSLAGENHET.name());
    execution.setVariable(VAR_APARTMENT_ID, apartment);
    execution.setVariable("moveInDate", from.toString());
    journal.write(task, JournalKind.DECISION, from);
  }

  /** "Teckna andrahandskontrakt": a trial contract's own trial period, 12-36 months (empty: the default). */
  public void secondHandContract(DelegateTask task) {
    if (Step.FORSOKSLAGENHET.name().equals(task.getVariable(VAR_DECIDED_STEP))) {
      placements.trialMonths(FormValues.integer(task, VAR_TRIAL_PERIOD_MONTHS, "Prövotid (månader)"));
    } else {
      task.getExecution().removeVariable(VAR_TRIAL_PERIOD_MONTHS);
    }
  }
}
