package se.bofast.followup;

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

/** One ASI or DUR assessment of a client. */
@Entity
@Table(name = "followup_assessment")
class Assessment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;
  @Column(name = "client_id", nullable = false)
  long clientId;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  AssessmentKind kind;
  @Column(name = "assessment_date", nullable = false)
  LocalDate date;
  @Column(name = "done_by", nullable = false)
  String doneBy;
  @Column
  String result;
  @Column(name = "case_number")
  String caseNumber;
  @Column(name = "recorded_at", nullable = false)
  OffsetDateTime recordedAt;

  protected Assessment() {
  }

  Assessment(long clientId, AssessmentKind kind, LocalDate date, String doneBy, String result, String caseNumber,
      OffsetDateTime recordedAt) {
    this.clientId = clientId;
    this.kind = kind;
    this.date = date;
    this.doneBy = doneBy;
    this.result = result;
    this.caseNumber = caseNumber;
    this.recordedAt = recordedAt;
  }
}
