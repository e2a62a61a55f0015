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

/** One person holding one role in a client's team for a time; ended, never deleted (V12). */
@Entity
@Table(name = "client_team_member")
class TeamMemberEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long clientId;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  private TeamRole teamRole;

  private String userId;
  private Instant heldFrom;
  private Instant heldUntil;
  private String assignedBy;
  private String endedBy;
  /** The client's id while current, null once ended (the database's one-holder rule). */
  private Long currentClientId;

  protected TeamMemberEntity() {
  }

  TeamMemberEntity(long clientId, TeamRole teamRole, String userId, Instant heldFrom, String assignedBy) {
    this.clientId = clientId;
    this.teamRole = teamRole;
    this.userId = userId;
    this.heldFrom = heldFrom;
    this.assignedBy = assignedBy;
    this.currentClientId = clientId;
  }

  void end(Instant at, String by) {
    this.heldUntil = at;
    this.endedBy = by;
    this.currentClientId = null;
  }

  long clientId() {
    return clientId;
  }

  TeamRole role() {
    return teamRole;
  }

  String userId() {
    return userId;
  }

  ClientTeamView.Holding toView() {
    return new ClientTeamView.Holding(teamRole, userId, heldFrom, heldUntil, assignedBy);
  }
}
