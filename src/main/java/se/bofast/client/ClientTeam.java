package se.bofast.client;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.bofast.platform.process.SystemAccess;
import se.bofast.platform.web.InvalidInputException;

/**
 * A client's named team with its history: one current holder per role (the database's rule,
 * V12), each a user of the role's group. A change ends the current holding and starts a new
 * one, and the client's open tasks follow ({@link TeamTasks}). Every method is one
 * transaction, or joins the caller's (a process step runs in Spring's transaction).
 */
@Service
@Transactional
public class ClientTeam {

  private final TeamMemberRepository members;
  private final ClientRepository clients;
  private final IdentityService identity;
  private final SystemAccess system;
  private final TeamTasks tasks;
  private final Clock clock = Clock.system(ClientConstants.ZONE);

  ClientTeam(TeamMemberRepository members, ClientRepository clients, IdentityService identity, SystemAccess system,
      TeamTasks tasks) {
    this.members = members;
    this.clients = clients;
    this.identity = identity;
    this.system = system;
    this.tasks = tasks;
  }

  @Transactional(readOnly = true)
  public ClientTeamView team(long clientId) {
    List<ClientTeamView.Holding> history = members.findByClientIdOrderByHeldFromAscIdAsc(clientId).stream()
        .map(TeamMemberEntity::toView).toList();
    return new ClientTeamView(clientId, history.stream().filter(h -> h.heldUntil() == null).toList(), history);
  }

  /** The current holder of each role of the client's team. */
  @Transactional(readOnly = true)
  public Map<TeamRole, String> holders(long clientId) {
    Map<TeamRole, String> holders = new EnumMap<>(TeamRole.class);
    members.findByCurrentClientId(clientId).forEach(m -> holders.put(m.role(), m.userId()));
    return holders;
  }

  /** The clients in whose team the user holds a role now, with the roles, by client id. */
  @Transactional(readOnly = true)
  public Map<Long, List<TeamRole>> clientsOf(String userId) {
    Map<Long, List<TeamRole>> clientRoles = new java.util.TreeMap<>();
    members.findByUserIdAndCurrentClientIdIsNotNull(userId)
        .forEach(m -> clientRoles.computeIfAbsent(m.clientId(), id -> new ArrayList<>()).add(m.role()));
    return clientRoles;
  }

  /** Whether the user holds a role in the client's team now. */
  @Transactional(readOnly = true)
  public boolean isMember(long clientId, String userId) {
    return holders(clientId).containsValue(userId);
  }

  /**
   * The client is taken on (a journey starts): the user who does it becomes the case manager,
   * if a member of case-manager and nobody holds the role yet. Anyone else changes nothing.
   */
  public void takeOn(long clientId, String userId) {
    if (userId != null && members.findByCurrentClientIdAndTeamRole(clientId, TeamRole.CASE_MANAGER).isEmpty()
        && inGroup(userId, TeamRole.CASE_MANAGER)) {
      members.saveAndFlush(new TeamMemberEntity(clientId, TeamRole.CASE_MANAGER, userId, now(), userId));
    }
  }

  /**
   * Gives the role to the user (a member of the role's group); the previous holder's holding
   * ends. The client's open tasks of the role that the previous holder had, or nobody had,
   * go to the new holder.
   */
  public ClientTeamView assign(long clientId, TeamRole role, String userId, String by) {
    if (!clients.existsById(clientId)) {
      throw new InvalidInputException("clientId", "Klienten finns inte (id " + clientId + ").");
    }
    requireHolder(role, userId, "userId");
    Optional<TeamMemberEntity> current = members.findByCurrentClientIdAndTeamRole(clientId, role);
    if (current.isPresent() && current.get().userId().equals(userId)) {
      return team(clientId);
    }
    String previous = current.map(TeamMemberEntity::userId).orElse(null);
    Instant at = now();
    current.ifPresent(holding -> end(holding, at, by));
    members.saveAndFlush(new TeamMemberEntity(clientId, role, userId, at, by));
    tasks.roleChanged(clientId, role, previous, userId, memberIds(clientId));
    return team(clientId);
  }

  /**
   * The enhetschef's handover: every role the user holds now (or only {@code role}) goes to
   * {@code toUserId}, and every open task assigned to the user (of that role's group, when a
   * role is given) is reassigned, with the tasks' team links. One transaction.
   *
   * @return how many roles moved
   */
  public int handover(String fromUserId, String toUserId, TeamRole role, String by) {
    if (!system.call(() -> identity.createUserQuery().userId(fromUserId).count() == 1)) {
      throw new InvalidInputException("userId", "Användaren finns inte.");
    }
    if (fromUserId.equals(toUserId)) {
      throw new InvalidInputException("toUserId", "Välj en annan medarbetare att lämna över till.");
    }
    List<TeamMemberEntity> moving = members.findByUserIdAndCurrentClientIdIsNotNull(fromUserId).stream()
        .filter(m -> role == null || m.role() == role).toList();
    Set<TeamRole> roles = new LinkedHashSet<>();
    moving.forEach(m -> roles.add(m.role()));
    if (role != null) {
      roles.add(role);
    }
    roles.forEach(r -> requireHolder(r, toUserId, "toUserId"));
    Instant at = now();
    Set<Long> clientIds = new LinkedHashSet<>();
    for (TeamMemberEntity holding : moving) {
      end(holding, at, by);
      members.saveAndFlush(new TeamMemberEntity(holding.clientId(), holding.role(), toUserId, at, by));
      clientIds.add(holding.clientId());
    }
    tasks.reassign(fromUserId, toUserId, role == null ? null : role.group());
    clientIds.forEach(clientId -> tasks.teamChanged(clientId, memberIds(clientId)));
    return moving.size();
  }

  private Set<String> memberIds(long clientId) {
    return new LinkedHashSet<>(holders(clientId).values());
  }

  private void end(TeamMemberEntity holding, Instant at, String by) {
    holding.end(at, by);
    members.saveAndFlush(holding);
  }

  private void requireHolder(TeamRole role, String userId, String field) {
    if (userId == null || userId.isBlank() || !inGroup(userId, role)) {
      throw new InvalidInputException(field,
          "Användaren finns inte eller är inte " + role.label() + " och kan inte ha rollen.");
    }
  }

  private boolean inGroup(String userId, TeamRole role) {
    return system.call(() -> identity.createUserQuery().userId(userId).memberOfGroup(role.group()).count() == 1);
  }

  private Instant now() {
    return clock.instant();
  }

  /** The roles as the REST API names them, for the 400 of an unknown role. */
  static String roleNames() {
    List<String> names = new ArrayList<>();
    for (TeamRole role : TeamRole.values()) {
      names.add(role.name());
    }
    return String.join(", ", names);
  }
}
