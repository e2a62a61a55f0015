package se.bofast.housing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A stay in one step of the chain. At most one open placement per client (open_client_id). */
@Entity
@Table(name = "placement")
class Placement {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;
  @Column(name = "journey_id", nullable = false)
  long journeyId;
  @Column(name = "client_id", nullable = false)
  long clientId;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  Step step;
  @Column
  String place;
  @Column(name = "apartment_id")
  Long apartmentId;
  @Column(name = "start_date", nullable = false)
  LocalDate startDate;
  @Column(name = "end_date")
  LocalDate endDate;
  @Column(name = "day_cost_sek", nullable = false)
  BigDecimal dayCostSek;
  @Enumerated(EnumType.STRING)
  @Column(name = "end_reason")
  EndReason endReason;
  @Enumerated(EnumType.STRING)
  @Column(name = "termination_cause")
  TerminationCause terminationCause;
  @Enumerated(EnumType.STRING)
  @Column(name = "step_end_cause")
  StepEndCause stepEndCause;
  @Column(name = "gap_days_before")
  Integer gapDaysBefore;
  /** The journey's placement before this one (the transition the gap belongs to); null for the first. */
  @Column(name = "previous_placement_id")
  Long previousPlacementId;
  /** A trial contract's own trial period (12-36 months); null for other steps and for contracts before V16. */
  @Column(name = "trial_period_months")
  Integer trialPeriodMonths;
  /** The landlord's last refusal of a takeover of this trial apartment. */
  @Column(name = "takeover_refused_on")
  LocalDate takeoverRefusedOn;
  @Column(name = "open_client_id", unique = true)
  Long openClientId;
  @Column(name = "created_by", nullable = false)
  String createdBy;
  @Column(name = "created_at", nullable = false)
  OffsetDateTime createdAt;
  @Column(name = "ended_by")
  String endedBy;

  protected Placement() {
  }

  Placement(long journeyId, long clientId, Step step, String place, Long apartmentId, LocalDate startDate,
      BigDecimal dayCostSek, Integer gapDaysBefore, String createdBy, OffsetDateTime createdAt) {
    this.journeyId = journeyId;
    this.clientId = clientId;
    this.step = step;
    this.place = place;
    this.apartmentId = apartmentId;
    this.startDate = startDate;
    this.dayCostSek = dayCostSek;
    this.gapDaysBefore = gapDaysBefore;
    this.openClientId = clientId;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  void end(LocalDate date, EndReason reason, TerminationCause cause, String by) {
    end(date, reason, cause, null, by);
  }

  void end(LocalDate date, EndReason reason, TerminationCause cause, StepEndCause stepEnd, String by) {
    this.endDate = date;
    this.endReason = reason;
    this.terminationCause = cause;
    this.stepEndCause = stepEnd;
    this.endedBy = by;
    this.openClientId = null;
  }

  boolean isOpen() {
    return endDate == null;
  }
}
