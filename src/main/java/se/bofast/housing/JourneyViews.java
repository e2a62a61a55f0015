package se.bofast.housing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of a journey: its state, its placements, the transitions between them with their gap
 * days, its relapses, and counts of contacts and reviews.
 */
@Service
@Transactional(readOnly = true)
public class JourneyViews {

  /**
   * One placement. stepEndCause: why the step ended without the next one starting; gapDaysBefore: the
   * days without a placement since the previous one ended; trialPeriodMonths: a trial contract's own
   * trial period; takeoverRefusedOn: the landlord's last refusal of a takeover.
   */
  public record PlacementView(long id, Step step, String place, Long apartmentId, LocalDate startDate,
      LocalDate endDate, BigDecimal dayCostSek, EndReason endReason, TerminationCause terminationCause,
      Integer gapDaysBefore, StepEndCause stepEndCause, Long previousPlacementId, Integer trialPeriodMonths,
      LocalDate takeoverRefusedOn) {
  }

  /** A move between two placements of the journey: the previous one ended, the next started gapDays later. */
  public record TransitionView(Step fromStep, Step toStep, LocalDate endedOn, EndReason endReason,
      LocalDate startedOn, int gapDays) {
  }

  public record JourneyView(long id, String caseNumber, long clientId, String processInstanceId, boolean open,
      boolean complexNeeds, LocalDate referralDate, String ineligibleReason, Integer visitsPerWeek,
      String supportRecommendation, LocalDate closedOn, CloseReason closeReason, List<PlacementView> placements,
      int outreachContacts, int reviews, List<TransitionView> transitions, int gapDays,
      List<Relapses.RelapseView> relapses) {

    /** The journey without where the client stays (shelter, home, apartment): for readers who may not identify a protected client. */
    public JourneyView withoutPlaces() {
      return new JourneyView(id, caseNumber, clientId, processInstanceId, open, complexNeeds, referralDate,
          ineligibleReason, visitsPerWeek, supportRecommendation, closedOn, closeReason, placements.stream()
          .map(p -> new PlacementView(p.id(), p.step(), null, null, p.startDate(), p.endDate(), p.dayCostSek(),
              p.endReason(), p.terminationCause(), p.gapDaysBefore(), p.stepEndCause(), p.previousPlacementId(),
              p.trialPeriodMonths(), p.takeoverRefusedOn())).toList(),
          outreachContacts, reviews, transitions, gapDays, relapses);
    }
  }

  private final JourneyRepository journeys;
  private final JourneyRecords records;
  private final PlacementRepository placements;
  private final OutreachContactRepository outreachContacts;
  private final PlacementReviewRepository reviews;
  private final Relapses relapses;

  JourneyViews(JourneyRepository journeys, JourneyRecords records, PlacementRepository placements,
      OutreachContactRepository outreachContacts, PlacementReviewRepository reviews, Relapses relapses) {
    this.journeys = journeys;
    this.relapses = relapses;
    this.records = records;
    this.placements = placements;
    this.outreachContacts = outreachContacts;
    this.reviews = reviews;
  }

  public JourneyView view(long journeyId) {
    return toView(records.journey(journeyId));
  }

  public JourneyView viewByCaseNumber(String caseNumber) {
    return toView(records.byCaseNumber(caseNumber));
  }

  /** The client's journeys, oldest first (the client page's timeline). */
  public List<JourneyView> forClient(long clientId) {
    return journeys.findByClientIdOrderByIdAsc(clientId).stream().map(this::toView).toList();
  }

  private JourneyView toView(Journey j) {
    List<Placement> rows = placements.findByJourneyIdOrderByStartDateAscIdAsc(j.id);
    List<PlacementView> list = rows.stream()
        .map(p -> new PlacementView(p.id, p.step, p.place, p.apartmentId, p.startDate, p.endDate, p.dayCostSek,
            p.endReason, p.terminationCause, p.gapDaysBefore, p.stepEndCause, p.previousPlacementId,
            p.trialPeriodMonths, p.takeoverRefusedOn))
        .toList();
    Map<Long, Placement> byId = rows.stream().collect(Collectors.toMap(p -> p.id, p -> p));
    List<TransitionView> transitions = rows.stream()
        .filter(p -> p.previousPlacementId != null && p.gapDaysBefore != null && byId.containsKey(p.previousPlacementId))
        .map(p -> {
          Placement from = byId.get(p.previousPlacementId);
          return new TransitionView(from.step, p.step, from.endDate, from.endReason, p.startDate, p.gapDaysBefore);
        })
        .toList();
    return new JourneyView(j.id, j.caseNumber, j.clientId, j.processInstanceId, j.isOpen(), j.complexNeeds,
        j.referralDate, j.ineligibleReason, j.visitsPerWeek, j.supportRecommendation, j.closedOn, j.closeReason,
        list, outreachContacts.findByJourneyIdOrderByContactDateAsc(j.id).size(),
        reviews.findByJourneyIdOrderByReviewDateAsc(j.id).size(), transitions,
        transitions.stream().mapToInt(TransitionView::gapDays).sum(), relapses.of(j.id));
  }
}
