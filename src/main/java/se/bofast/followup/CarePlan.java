package se.bofast.followup;

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

/** A joint care plan (SIP) from the consent to its end. At most one in progress per client (open_client_id). */
@Entity
@Table(name = "care_plan")
class CarePlan {

  enum Status { AWAITING_CONSENT, DECLINED, PLANNING, ESTABLISHED, ENDED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;
  @Column(name = "client_id", nullable = false)
  long clientId;
  @Column(name = "process_instance_id")
  String processInstanceId;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  Status status;
  @Column(name = "started_at", nullable = false)
  OffsetDateTime startedAt;
  @Column(name = "started_by", nullable = false)
  String startedBy;
  @Column(name = "consent_date")
  LocalDate consentDate;
  @Column(name = "declined_on")
  LocalDate declinedOn;
  @Column(name = "decline_note")
  String declineNote;
  @Column(name = "invited_on")
  LocalDate invitedOn;
  @Column(name = "meeting_date")
  LocalDate meetingDate;
  @Column(name = "client_participated")
  Boolean clientParticipated;
  @Column(name = "established_on")
  LocalDate establishedOn;
  @Enumerated(EnumType.STRING)
  @Column
  Party coordinator;
  @Column(name = "next_follow_up")
  LocalDate nextFollowUp;
  @Column(name = "ended_on")
  LocalDate endedOn;
  @Enumerated(EnumType.STRING)
  @Column(name = "end_reason")
  PlanEndReason endReason;
  @Column(name = "open_client_id", unique = true)
  Long openClientId;
  @Version
  long version;

  protected CarePlan() {
  }

  CarePlan(long clientId, String startedBy, OffsetDateTime startedAt) {
    this.clientId = clientId;
    this.status = Status.AWAITING_CONSENT;
    this.startedBy = startedBy;
    this.startedAt = startedAt;
    this.openClientId = clientId;
  }

  String number() {
    return String.format("SIP-%05d", id);
  }

  boolean inProgress() {
    return status != Status.DECLINED && status != Status.ENDED;
  }

  void decline(LocalDate date, String note) {
    status = Status.DECLINED;
    declinedOn = date;
    declineNote = note;
    openClientId = null;
  }

  void end(LocalDate date, PlanEndReason reason) {
    status = Status.ENDED;
    endedOn = date;
    endReason = reason;
    openClientId = null;
  }
}
