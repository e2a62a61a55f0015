package se.bofast.housing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One client's case in the chain, from aktualisering to close. */
@Entity
@Table(name = "journey")
class Journey {

  enum Status { OPEN, CLOSED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;
  @Column(name = "case_number", nullable = false, unique = true)
  String caseNumber;
  @Column(name = "client_id", nullable = false)
  long clientId;
  @Column(name = "process_instance_id")
  String processInstanceId;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  Status status = Status.OPEN;
  @Column(name = "complex_needs", nullable = false)
  boolean complexNeeds;
  @Column(name = "started_at", nullable = false)
  OffsetDateTime startedAt;
  @Column(name = "started_by", nullable = false)
  String startedBy;
  @Column(name = "referral_date")
  LocalDate referralDate;
  @Column(name = "ineligible_reason")
  String ineligibleReason;
  @Column(name = "visits_per_week")
  Integer visitsPerWeek;
  @Column(name = "support_recommendation")
  String supportRecommendation;
  @Column(name = "closed_on")
  LocalDate closedOn;
  @Enumerated(EnumType.STRING)
  @Column(name = "close_reason")
  CloseReason closeReason;
  @Column(name = "closed_by")
  String closedBy;
  @Version
  long version;

  protected Journey() {
  }

  Journey(String caseNumber, long clientId, boolean complexNeeds, OffsetDateTime startedAt, String startedBy) {
    this.caseNumber = caseNumber;
    this.clientId = clientId;
    this.complexNeeds = complexNeeds;
    this.startedAt = startedAt;
    this.startedBy = startedBy;
  }

  boolean isOpen() {
    return status == Status.OPEN;
  }
}
