package se.bofast.followup;

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

/** One "Följ upp SIP": continue with a new follow-up date, or end. */
@Entity
@Table(name = "care_plan_review")
class CarePlanReview {

  enum Outcome { CONTINUE, END }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;
  @Column(name = "care_plan_id", nullable = false)
  long carePlanId;
  @Column(name = "review_date", nullable = false)
  LocalDate reviewDate;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  Outcome outcome;
  @Column(name = "next_follow_up")
  LocalDate nextFollowUp;
  @Enumerated(EnumType.STRING)
  @Column(name = "end_reason")
  PlanEndReason endReason;
  @Column(name = "recorded_by", nullable = false)
  String recordedBy;
  @Column(name = "recorded_at", nullable = false)
  OffsetDateTime recordedAt;

  protected CarePlanReview() {
  }

  CarePlanReview(long carePlanId, LocalDate reviewDate, Outcome outcome, LocalDate nextFollowUp,
      PlanEndReason endReason, String recordedBy, OffsetDateTime recordedAt) {
    this.carePlanId = carePlanId;
    this.reviewDate = reviewDate;
    this.outcome = outcome;
    this.nextFollowUp = nextFollowUp;
    this.endReason = endReason;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }
}
