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

/** A relapse during a placement: the event, and what the team agreed it leads to (null until agreed). */
@Entity
@Table(name = "relapse")
class Relapse {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;
  @Column(name = "journey_id", nullable = false)
  long journeyId;
  @Column(name = "placement_id", nullable = false)
  long placementId;
  @Column(name = "relapse_date", nullable = false)
  LocalDate relapseDate;
  @Column(name = "reported_by", nullable = false)
  String reportedBy;
  @Column(name = "reported_at", nullable = false)
  OffsetDateTime reportedAt;
  @Enumerated(EnumType.STRING)
  @Column
  RelapseSupport support;
  @Column(name = "visits_per_week")
  Integer visitsPerWeek;
  @Enumerated(EnumType.STRING)
  @Column(name = "temporary_step")
  Step temporaryStep;
  @Enumerated(EnumType.STRING)
  @Column(name = "termination_cause")
  TerminationCause terminationCause;
  @Column(name = "agreed_on")
  LocalDate agreedOn;
  @Column(name = "agreed_by")
  String agreedBy;

  protected Relapse() {
  }

  Relapse(long journeyId, long placementId, LocalDate relapseDate, String reportedBy, OffsetDateTime reportedAt) {
    this.journeyId = journeyId;
    this.placementId = placementId;
    this.relapseDate = relapseDate;
    this.reportedBy = reportedBy;
    this.reportedAt = reportedAt;
  }

  boolean isAgreed() {
    return support != null;
  }
}
