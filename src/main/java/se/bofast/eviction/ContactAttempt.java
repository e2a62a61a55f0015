package se.bofast.eviction;

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

/** One attempt to reach the tenant (letter, phone, home visit). */
@Entity
@Table(name = "eviction_contact_attempt")
class ContactAttempt {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;
  @Column(name = "case_id", nullable = false)
  long caseId;
  @Column(name = "attempt_on", nullable = false)
  LocalDate attemptOn;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  ContactChannel channel;
  @Column(nullable = false)
  boolean reached;
  @Column(name = "out_of_order_reason")
  String outOfOrderReason;
  @Column(name = "recorded_by", nullable = false)
  String recordedBy;
  @Column(name = "recorded_at", nullable = false)
  OffsetDateTime recordedAt;

  protected ContactAttempt() {
  }

  ContactAttempt(long caseId, LocalDate attemptOn, ContactChannel channel, boolean reached, String recordedBy,
      OffsetDateTime recordedAt) {
    this.caseId = caseId;
    this.attemptOn = attemptOn;
    this.channel = channel;
    this.reached = reached;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }
}
