package se.bofast.client;

import jakarta.persistence.Column;
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
import org.hibernate.type.SqlTypes;

/**
 * One entry of a client's journal, or of an eviction case's ({@code clientId} null, {@code caseNumber}
 * set). Only the signature is ever written after the insert (by
 * {@link JournalEntryRepository#sign}); every other column is mapped not updatable, and on
 * PostgreSQL a trigger refuses any other change and every delete ({@link JournalGuardMigration}).
 */
@Entity
@Table(name = "client_journal_entry")
class JournalEntryEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** The client, or null for an eviction case's entry about a tenant who is no client (then caseNumber is set). */
  @Column(updatable = false)
  private Long clientId;

  @Column(updatable = false)
  private String caseNumber;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(updatable = false)
  private JournalKind kind;

  @Column(updatable = false)
  private LocalDate eventDate;

  @Column(updatable = false)
  private String entryText;

  @Column(updatable = false)
  private Instant writtenAt;

  @Column(updatable = false)
  private String writtenBy;

  /** The author's name when the entry was written. */
  @Column(updatable = false)
  private String writtenByName;

  @Column(updatable = false)
  private Instant signedAt;

  @Column(updatable = false)
  private String signedBy;

  @Column(updatable = false)
  private Long correctsId;

  protected JournalEntryEntity() {
  }

  JournalEntryEntity(Long clientId, String caseNumber, JournalKind kind, LocalDate eventDate, String entryText,
      String writtenBy, String writtenByName, Instant writtenAt, boolean signed, Long correctsId) {
    this.clientId = clientId;
    this.caseNumber = caseNumber;
    this.kind = kind;
    this.eventDate = eventDate;
    this.entryText = entryText;
    this.writtenBy = writtenBy;
    this.writtenByName = writtenByName;
    this.writtenAt = writtenAt;
    this.signedAt = signed ? writtenAt : null;
    this.signedBy = signed ? writtenBy : null;
    this.correctsId = correctsId;
  }

  Long getId() {
    return id;
  }

  Long getClientId() {
    return clientId;
  }

  String getCaseNumber() {
    return caseNumber;
  }

  JournalKind getKind() {
    return kind;
  }

  LocalDate getEventDate() {
    return eventDate;
  }

  String getEntryText() {
    return entryText;
  }

  Instant getWrittenAt() {
    return writtenAt;
  }

  String getWrittenBy() {
    return writtenBy;
  }

  String getWrittenByName() {
    return writtenByName;
  }

  Instant getSignedAt() {
    return signedAt;
  }

  String getSignedBy() {
    return signedBy;
  }

  Long getCorrectsId() {
    return correctsId;
  }
}
