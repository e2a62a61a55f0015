package se.bofast.housing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
  @Column(name = "recorded_by", nullable = false)
  String recordedBy;
  @Column(name = "recorded_at", nullable = false)
  OffsetDateTime recordedAt;

  protected OutreachContact() {
  }

  OutreachContact(long journeyId, long clientId, LocalDate contactDate, boolean met, boolean clientIdentified,
      String recordedBy, OffsetDateTime recordedAt) {
    this.journeyId = journeyId;
    this.clientId = clientId;
    this.contactDate = contactDate;
    this.met = met;
    this.clientIdentified = clientIdentified;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }
}
