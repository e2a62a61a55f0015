package se.bofast.workplan;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A client's work plan: which version is current and which follow-up process runs for it (V15). */
@Entity
@Table(name = "work_plan")
class WorkPlanEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;
  long clientId;
  int currentVersion;
  String processInstanceId;
  Instant createdAt;
  String createdBy;

  protected WorkPlanEntity() {
  }

  WorkPlanEntity(long clientId, Instant createdAt, String createdBy) {
    this.clientId = clientId;
    this.currentVersion = 0;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
  }

  /** The case number Tasklist shows on the plan's tasks. */
  String caseNumber() {
    return String.format("AP-%05d", id);
  }
}
