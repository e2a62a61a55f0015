package se.bofast.client;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bofast.identity.Groups;
import se.bofast.platform.web.ForbiddenException;
import se.bofast.platform.web.NotFoundException;

/**
 * Who may read a client's file (the client, the team, the journal, the client page): the
 * client's current team, the members of a candidate group of one of the client's open tasks
 * (the roles that work the client's processes now) and the enhetschef. Everybody else gets 403
 * with a Swedish message; an unknown client is 404 for everybody.
 */
@Component
@Transactional(readOnly = true)
public class ClientAccess {

  static final String REFUSED = "Du har inte tillgång till klientens akt. Den är öppen för klientens team, "
      + "de roller som arbetar med klientens ärenden och enhetschefen.";

  private final ClientRepository clients;
  private final ClientTeam team;
  private final ClientTasks tasks;
  private final IdentityService identity;
  private final ClientProtection protection;

  ClientAccess(ClientRepository clients, ClientTeam team, ClientTasks tasks, IdentityService identity,
      ClientProtection protection) {
    this.clients = clients;
    this.team = team;
    this.tasks = tasks;
    this.identity = identity;
    this.protection = protection;
  }

  /**
   * The calling user's id, if the user may read the client's file.
   *
   * @throws NotFoundException when there is no such client (404)
   * @throws ForbiddenException when the user may not read it (403)
   */
  public String requireRead(long clientId) {
    Authentication user = identity.getCurrentAuthentication();
    if (user == null || user.getUserId() == null) {
      throw new ForbiddenException("Du är inte inloggad.");
    }
    if (!clients.existsById(clientId)) {
      throw new NotFoundException("Klienten finns inte (id " + clientId + ").");
    }
    if (!mayRead(clientId, user.getUserId(), user.getGroupIds() == null ? List.of() : user.getGroupIds())) {
      throw new ForbiddenException(REFUSED);
    }
    return user.getUserId();
  }

  /** Whether the user, a member of these groups, may read the client's file. */
  public boolean mayRead(long clientId, String userId, List<String> groups) {
    return groups.contains(Groups.ENHETSCHEF) || team.isMember(clientId, userId)
        || tasks.open(clientId).stream().anyMatch(task -> task.candidateGroups().stream().anyMatch(groups::contains));
  }

  /**
   * The client as the calling user may see it: whole, or — a protected client read by someone
   * outside the client's team who is not the enhetschef — without identity, named by the case
   * number of an open task of the user's groups (or of the given task).
   */
  public ClientView identityFor(ClientView client, String userId) {
    return identityFor(client, userId, null);
  }

  /** As {@link #identityFor(ClientView, String)}, named by this case number when identity is hidden. */
  public ClientView identityFor(ClientView client, String userId, String caseNumber) {
    List<String> groups = groups();
    if (protection.mayIdentify(client.id(), userId, groups)) {
      return client;
    }
    String label = caseNumber != null ? caseNumber : tasks.open(client.id()).stream()
        .filter(task -> task.candidateGroups().stream().anyMatch(groups::contains))
        .map(ClientTasks.OpenTask::caseNumber).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    return client.withoutIdentity(label);
  }

  private List<String> groups() {
    Authentication user = identity.getCurrentAuthentication();
    return user == null || user.getGroupIds() == null ? List.of() : user.getGroupIds();
  }
}
