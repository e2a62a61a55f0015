package se.bofast.landlord;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A landlord leases an apartment (housing's apartment id) to the district from a date. */
@Entity
@Table(name = "lease_agreement")
class LeaseAgreement {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;
  @Column(name = "partner_id", nullable = false)
  long partnerId;
  @Column(name = "apartment_id", nullable = false, unique = true)
  long apartmentId;
  @Column(name = "valid_from", nullable = false)
  LocalDate validFrom;
  @Column(name = "need_id")
  Long needId;
  @Column(name = "created_at", nullable = false)
  OffsetDateTime createdAt;
  @Column(name = "created_by", nullable = false)
  String createdBy;

  protected LeaseAgreement() {
  }

  LeaseAgreement(long partnerId, long apartmentId, LocalDate validFrom, Long needId, OffsetDateTime createdAt,
      String createdBy) {
    this.partnerId = partnerId;
    this.apartmentId = apartmentId;
    this.validFrom = validFrom;
    this.needId = needId;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
  }
}
