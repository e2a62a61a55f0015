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
import se.bofast.housing.Step;

/** The chain needs apartments of a kind: the bosamordnare negotiates with the landlord ("Förhandla om lägenheter"). */
@Entity
@Table(name = "apartment_need")
class ApartmentNeed {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;
  @Column(name = "partner_id", nullable = false)
  long partnerId;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  Step kind;
  @Column(nullable = false)
  int requested;
  @Column
  Integer obtained;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  NeedStatus status = NeedStatus.OPEN;
  @Column(name = "raised_at", nullable = false)
  OffsetDateTime raisedAt;
  @Column(name = "raised_by", nullable = false)
  String raisedBy;
  @Column(name = "negotiated_at")
  OffsetDateTime negotiatedAt;
  @Column(name = "negotiated_by")
  String negotiatedBy;
  @Version
  long version;

  protected ApartmentNeed() {
  }

  ApartmentNeed(long partnerId, Step kind, int requested, OffsetDateTime raisedAt, String raisedBy) {
    this.partnerId = partnerId;
    this.kind = kind;
    this.requested = requested;
    this.raisedAt = raisedAt;
    this.raisedBy = raisedBy;
  }
}
