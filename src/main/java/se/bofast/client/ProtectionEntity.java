package se.bofast.client;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One marking of the client or of a household member, set and perhaps cleared; never deleted (V20). */
@Entity
@Table(name = "client_protection")
class ProtectionEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long clientId;
  /** Null: the client; otherwise the household member's normalised personnummer. */
  private String memberPersonalNumber;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  private ProtectionMarking marking;

  private Instant setAt;
  private String setBy;
  private Instant clearedAt;
  private String clearedBy;
  /** "clientId/member" while current, null once cleared (the database's one-current rule). */
  private String currentSubject;

  protected ProtectionEntity() {
  }

  ProtectionEntity(long clientId, String memberPersonalNumber, ProtectionMarking marking, Instant at, String by) {
    this.clientId = clientId;
    this.memberPersonalNumber = memberPersonalNumber;
    this.marking = marking;
    this.setAt = at;
    this.setBy = by;
    this.currentSubject = subject(clientId, memberPersonalNumber);
  }

  static String subject(long clientId, String memberPersonalNumber) {
    return clientId + "/" + (memberPersonalNumber == null ? "" : memberPersonalNumber);
  }

  void clear(Instant at, String by) {
    this.clearedAt = at;
    this.clearedBy = by;
    this.currentSubject = null;
  }

  long clientId() {
    return clientId;
  }

  String memberPersonalNumber() {
    return memberPersonalNumber;
  }

  ProtectionMarking marking() {
    return marking;
  }

  ProtectionView.Marking toView() {
    return new ProtectionView.Marking(memberPersonalNumber == null ? ProtectionView.CLIENT : ProtectionView.MEMBER,
        memberPersonalNumber, marking, marking.label(), setAt, setBy, clearedAt, clearedBy);
  }
}
