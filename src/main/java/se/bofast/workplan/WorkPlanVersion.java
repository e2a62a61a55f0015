package se.bofast.workplan;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One version of a work plan with all its content; written once, never changed (V15). */
@Entity
@Immutable
@Table(name = "work_plan_version")
class WorkPlanVersion {

  /** What made the version. */
  enum Event { SAVED, FOLLOWED_UP, ENDED }

  @Embeddable
  record Goal(@Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.VARCHAR) WorkPlanArea area, String goal) {
  }

  @Embeddable
  record Action(@Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.VARCHAR) WorkPlanArea area, String what,
      @Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.VARCHAR) ResponsibleKind responsibleKind,
      String responsible, String responsibleName) {
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;
  long workPlanId;
  int version;
  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  Event event;
  String rentDebtContactUserId;
  String rentDebtContactName;
  String rentDebtAgreement;
  LocalDate followUpOn;
  LocalDate followedUpOn;
  Instant changedAt;
  String changedBy;
  String changedByName;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "work_plan_goal", joinColumns = @JoinColumn(name = "version_id"))
  @OrderColumn(name = "position")
  List<Goal> goals = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "work_plan_action", joinColumns = @JoinColumn(name = "version_id"))
  @OrderColumn(name = "position")
  List<Action> actions = new ArrayList<>();

  protected WorkPlanVersion() {
  }

  /** The content of a version: goals, actions, the agreed contact, the follow-up date. */
  record Content(List<Goal> goals, List<Action> actions, String rentDebtContactUserId, String rentDebtContactName,
      String rentDebtAgreement, LocalDate followUpOn) {
  }

  WorkPlanVersion(long workPlanId, int version, Event event, Content content, LocalDate followedUpOn,
      Instant changedAt, String changedBy, String changedByName) {
    this.workPlanId = workPlanId;
    this.version = version;
    this.event = event;
    this.goals = new ArrayList<>(content.goals());
    this.actions = new ArrayList<>(content.actions());
    this.rentDebtContactUserId = content.rentDebtContactUserId();
    this.rentDebtContactName = content.rentDebtContactName();
    this.rentDebtAgreement = content.rentDebtAgreement();
    this.followUpOn = content.followUpOn();
    this.followedUpOn = followedUpOn;
    this.changedAt = changedAt;
    this.changedBy = changedBy;
    this.changedByName = changedByName;
  }

  Content content() {
    return new Content(List.copyOf(goals), List.copyOf(actions), rentDebtContactUserId, rentDebtContactName,
        rentDebtAgreement, followUpOn);
  }
}
