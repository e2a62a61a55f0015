package se.bofast.eviction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/** One notice about a household, kept as received; (source, externalReference) is its idempotency key. */
@Entity
@Table(name = "eviction_signal")
class EvictionSignal {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;
  @Column(name = "case_id", nullable = false)
  long caseId;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  SignalSource source;
  @Column(name = "external_reference", nullable = false)
  String externalReference;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  SignalType type;
  @Column(name = "children_in_household")
  Integer childrenInHousehold;
  @Column(name = "rent_debt_sek")
  BigDecimal rentDebtSek;
  @Column(name = "notice_served_date")
  LocalDate noticeServedDate;
  @Column(name = "social_services_notified_date")
  LocalDate socialServicesNotifiedDate;
  @Column(name = "eviction_at")
  LocalDateTime evictionAt;
  @Column(name = "received_on", nullable = false)
  LocalDate receivedOn;
  @Column(name = "received_at", nullable = false)
  OffsetDateTime receivedAt;
  @Column(name = "received_by", nullable = false)
  String receivedBy;

  protected EvictionSignal() {
  }

  EvictionSignal(long caseId, Signal signal, String receivedBy, OffsetDateTime receivedAt) {
    this.caseId = caseId;
    this.source = signal.source();
    this.externalReference = signal.externalReference();
    this.type = signal.type();
    this.childrenInHousehold = signal.childrenInHousehold();
    this.rentDebtSek = signal.rentDebtSek();
    this.noticeServedDate = signal.noticeServedDate();
    this.socialServicesNotifiedDate = signal.socialServicesNotifiedDate();
    this.evictionAt = signal.evictionDate();
    this.receivedOn = receivedAt.toLocalDate();
    this.receivedAt = receivedAt;
    this.receivedBy = receivedBy;
  }
}
