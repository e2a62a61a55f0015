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

/** One outreach contact (uppsökande kontakt), also with people not yet identified. */
@Entity
@Table(name = "outreach_contact")
class OutreachContact {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;
  @Column(name = "journey_id", nullable = false)
  long journeyId;
  @Column(name = "client_id", nullable = false)
  long clientId;
  @Column(name = "contact_date", nullable = false)
  LocalDate contactDate;
  @Column(nullable = false)
  boolean met;
  @Column(name = "client_identified", nullable = false)
  boolean clientIdentified;
  /** How the contact came about; OUTREACH for contacts recorded before V22. */
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  OutreachChannel channel;
  /** The voluntary organisation (partner register) for VOLUNTARY_ORGANISATION; null otherwise. */
  @Column(name = "partner_id")
  Long partnerId;
  @Column(name = "recorded_by", nullable = false)
  String recordedBy;
  @Column(name = "recorded_at", nullable = false)
  OffsetDateTime recordedAt;

  protected OutreachContact() {
  }

  OutreachContact(long journeyId, long clientId, LocalDate contactDate, boolean met, boolean clientIdentified,
      OutreachChannel channel, Long partnerId, String recordedBy, OffsetDateTime recordedAt) {
    this.channel = channel;
    this.partnerId = partnerId;
    this.journeyId = journeyId;
    this.clientId = clientId;
    this.contactDate = contactDate;
    this.met = met;
    this.clientIdentified = clientIdentified;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }
}
