package se.bofast.housing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The read side of a journey: its state, its placements with gap data, and counts of contacts and reviews. */
@Service
@Transactional(readOnly = true)
public class JourneyViews {

  public record PlacementView(long id, Step step, String place, Long apartmentId, LocalDate startDate,
      LocalDate endDate, BigDecimal dayCostSek, EndReason endReason, TerminationCause terminationCause,
      Integer gapDaysBefore) {
  }

  public record JourneyView(long id, String caseNumber, long clientId, String processInstanceId, boolean open,
      boolean complexNeeds, LocalDate referralDate, String ineligibleReason, Integer visitsPerWeek,
      String supportRecommendation, LocalDate closedOn, CloseReason closeReason, List<PlacementView> placements,
      int outreachContacts, int reviews) {
  }

  private final JourneyRepository journeys;
  private final JourneyRecords records;
  private final PlacementRepository placements;
  private final OutreachContactRepository outreachContacts;
  private final PlacementReviewRepository reviews;

  JourneyViews(JourneyRepository journeys, JourneyRecords records, PlacementRepository placements,
      OutreachContactRepository outreachContacts, PlacementReviewRepository reviews) {
    this.journeys = journeys;
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
    List<PlacementView> list = placements.findByJourneyIdOrderByStartDateAscIdAsc(j.id).stream()
        .map(p -> new PlacementView(p.id, p.step, p.place, p.apartmentId, p.startDate, p.endDate, p.dayCostSek,
            p.endReason, p.terminationCause, p.gapDaysBefore))
        .toList();
    return new JourneyView(j.id, j.caseNumber, j.clientId, j.processInstanceId, j.isOpen(), j.complexNeeds,
        j.referralDate, j.ineligibleReason, j.visitsPerWeek, j.supportRecommendation, j.closedOn, j.closeReason,
        list, outreachContacts.findByJourneyIdOrderByContactDateAsc(j.id).size(),
        reviews.findByJourneyIdOrderByReviewDateAsc(j.id).size());
  }
}
