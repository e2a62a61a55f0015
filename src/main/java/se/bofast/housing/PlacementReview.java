package se.bofast.housing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The record of one "Bedöm nästa steg": support visits, the support-intensity advice, the outcome. */
@Entity
@Table(name = "placement_review")
class PlacementReview {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;
  @Column(name = "journey_id", nullable = false)
  long journeyId;
  @Column(name = "placement_id", nullable = false)
  long placementId;
  @Column(name = "review_date", nullable = false)
  LocalDate reviewDate;
  @Column(name = "visits_per_week", nullable = false)
  int visitsPerWeek;
  @Column(name = "support_recommendation", nullable = false)
  String supportRecommendation;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  ReviewOutcome outcome;
  /** Why the team chose against the support-intensity recommendation; null when it followed it. */
  @Column(name = "deviation_reason")
  String deviationReason;
  @Column(name = "recorded_by", nullable = false)
  String recordedBy;
  @Column(name = "recorded_at", nullable = false)
  OffsetDateTime recordedAt;

  protected PlacementReview() {
  }

  PlacementReview(long journeyId, long placementId, LocalDate reviewDate, int visitsPerWeek,
      String supportRecommendation, ReviewOutcome outcome, String deviationReason, String recordedBy,
      OffsetDateTime recordedAt) {
    this.deviationReason = deviationReason;
    this.journeyId = journeyId;
    this.placementId = placementId;
    this.reviewDate = reviewDate;
    this.visitsPerWeek = visitsPerWeek;
    this.supportRecommendation = supportRecommendation;
    this.outcome = outcome;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }
}
