package se.bofast.landlord;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** A landlord, Bostadsförmedlingen or Kronofogden: an organisation the district keeps in touch with. */
@Entity
@Table(name = "partner")
class Partner {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  PartnerKind kind;
  @Column(nullable = false)
  String name;
  @Column(name = "organisation_number", nullable = false, unique = true)
  String organisationNumber;
  /** ISO-8601 period, e.g. P3M. */
  @Column(name = "contact_interval", nullable = false)
  String contactInterval;
  @Column(nullable = false)
  boolean active = true;
  @Column(name = "process_instance_id")
  String processInstanceId;
  @Column(name = "created_at", nullable = false)
  OffsetDateTime createdAt;
  @Column(name = "created_by", nullable = false)
  String createdBy;
  @Column(name = "deactivated_at")
  OffsetDateTime deactivatedAt;
  @Column(name = "deactivated_by")
  String deactivatedBy;
  @Version
  long version;

  protected Partner() {
  }

  Partner(PartnerKind kind, String name, String organisationNumber, String contactInterval, OffsetDateTime createdAt,
      String createdBy) {
    this.kind = kind;
    this.name = name;
    this.organisationNumber = organisationNumber;
    this.contactInterval = contactInterval;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
  }
}
