package se.bofast.landlord;

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

/** One entry of the contact log: who had contact with the partner, when, how, about what, with what outcome. */
@Entity
@Table(name = "partner_contact")
class PartnerContact {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;
  @Column(name = "partner_id", nullable = false)
  long partnerId;
  @Column(name = "contact_date", nullable = false)
  LocalDate contactDate;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  ContactChannel channel;
  @Column(nullable = false)
  String subject;
  @Column(nullable = false)
  String outcome;
  @Column(name = "eviction_case_number")
  String evictionCaseNumber;
  @Column(name = "journey_case_number")
  String journeyCaseNumber;
  @Column(name = "user_id", nullable = false)
  String userId;
  @Column(name = "recorded_at", nullable = false)
  OffsetDateTime recordedAt;

  protected PartnerContact() {
  }

  PartnerContact(long partnerId, LocalDate contactDate, ContactChannel channel, String subject, String outcome,
      String evictionCaseNumber, String journeyCaseNumber, String userId, OffsetDateTime recordedAt) {
    this.partnerId = partnerId;
    this.contactDate = contactDate;
    this.channel = channel;
    this.subject = subject;
    this.outcome = outcome;
    this.evictionCaseNumber = evictionCaseNumber;
    this.journeyCaseNumber = journeyCaseNumber;
    this.userId = userId;
    this.recordedAt = recordedAt;
  }
}
