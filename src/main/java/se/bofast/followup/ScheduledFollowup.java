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

/** A follow-up that falls due (ASI Uppföljning or DUR), worked in an assessment-followup process. */
@Entity
@Table(name = "followup_due")
class ScheduledFollowup {

  enum Status { PENDING, DONE, NOT_DONE }

  /** What made the follow-up due. */
  enum Cause { ASI_GRUND, PLACEMENT_ENDED, PLACEMENT_REVIEWED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;
  @Column(name = "client_id", nullable = false)
  long clientId;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  AssessmentKind kind;
  @Column(name = "due_date", nullable = false)
  LocalDate dueDate;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  Cause cause;
  @Column(name = "case_number")
  String caseNumber;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  Status status;
  @Column(name = "pending_key", unique = true)
  String pendingKey;
  @Column(name = "process_instance_id")
  String processInstanceId;
  @Column(name = "assessment_id")
  Long assessmentId;
  @Column
  String note;
  @Column(name = "created_at", nullable = false)
  OffsetDateTime createdAt;
  @Column(name = "closed_at")
  OffsetDateTime closedAt;
  @Column(name = "closed_by")
  String closedBy;

  protected ScheduledFollowup() {
  }

  ScheduledFollowup(long clientId, AssessmentKind kind, LocalDate dueDate, Cause cause, String caseNumber,
      OffsetDateTime createdAt) {
    this.clientId = clientId;
    this.kind = kind;
    this.dueDate = dueDate;
    this.cause = cause;
    this.caseNumber = caseNumber;
    this.status = Status.PENDING;
    this.pendingKey = pendingKey(clientId, kind);
    this.createdAt = createdAt;
  }

  static String pendingKey(long clientId, AssessmentKind kind) {
    return clientId + ":" + kind.name();
  }

  void close(Status outcome, Long assessmentId, String note, String by, OffsetDateTime at) {
    this.status = outcome;
    this.pendingKey = null;
    this.assessmentId = assessmentId;
    this.note = note;
    this.closedBy = by;
    this.closedAt = at;
  }
}
