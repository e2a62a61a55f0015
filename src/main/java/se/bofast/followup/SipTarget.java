package se.bofast.followup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A client with samsjuklighet known to the module: the SIP target group. */
@Entity
@Table(name = "sip_target")
class SipTarget {

  @Id
  @Column(name = "client_id")
  Long clientId;
  @Column(name = "case_number")
  String caseNumber;
  @Column(name = "registered_at", nullable = false)
  OffsetDateTime registeredAt;

  protected SipTarget() {
  }

  SipTarget(long clientId, String caseNumber, OffsetDateTime registeredAt) {
    this.clientId = clientId;
    this.caseNumber = caseNumber;
    this.registeredAt = registeredAt;
  }
}
