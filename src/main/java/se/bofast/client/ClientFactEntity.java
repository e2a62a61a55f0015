package se.bofast.client;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Immutable;
import org.hibernate.type.SqlTypes;

/** A dated fact about a client's treatment; facts are only ever added. */
@Entity
@Immutable
@Table(name = "client_fact")
class ClientFactEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long clientId;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  private FactKind kind;

  private LocalDate factDate;
  private String recordedBy;
  private Instant recordedAt;

  protected ClientFactEntity() {
  }

  ClientFactEntity(long clientId, FactKind kind, LocalDate factDate, String recordedBy, Instant recordedAt) {
    this.clientId = clientId;
    this.kind = kind;
    this.factDate = factDate;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  LocalDate getFactDate() {
    return factDate;
  }
}
