package se.bofast.client;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import se.bofast.identity.Groups;
import se.bofast.platform.web.ForbiddenException;
import se.bofast.platform.web.InvalidInputException;
import se.bofast.platform.web.NotFoundException;
import se.bofast.platform.web.RequireGroups;
import se.bofast.platform.web.SafeText;

/**
 * A client's team over REST: staff and the enhetschef read it; a member of the team or the
 * enhetschef changes a role's holder.
 */
@RestController
@RequireGroups({Groups.CASE_MANAGER, Groups.BOENDELOTS, Groups.SOCIALSEKRETERARE, Groups.BOSAMORDNARE,
    Groups.ENHETSCHEF})
class TeamController {

  static final int USER_ID_MAX_LENGTH = 64;

  record AssignRole(
      @NotNull(message = "Ange vem som ska ha rollen (userId).")
      @SafeText(max = USER_ID_MAX_LENGTH) String userId) {
  }

  private final ClientTeam team;
  private final ClientService clients;
  private final IdentityService identity;
  private final ClientAccess clientAccess;

  TeamController(ClientTeam team, ClientService clients, IdentityService identity, ClientAccess clientAccess) {
    this.team = team;
    this.clients = clients;
    this.identity = identity;
    this.clientAccess = clientAccess;
  }

  @GetMapping(ClientConstants.API_TEAM)
  ClientTeamView get(@PathVariable long id) {
    clientAccess.requireRead(id);
    return team.team(id);
  }

  @PutMapping(path = ClientConstants.API_TEAM_ROLE, consumes = MediaType.APPLICATION_JSON_VALUE)
  ClientTeamView assign(@PathVariable long id, @PathVariable String role, @Valid @RequestBody AssignRole body) {
    TeamRole teamRole = TeamRole.parse(role).orElseThrow(() -> new InvalidInputException("role",
        "Okänd roll. Välj en av: " + ClientTeam.roleNames() + "."));
    existing(id);
    Authentication user = identity.getCurrentAuthentication();
    boolean enhetschef = groups(user).contains(Groups.ENHETSCHEF);
    if (!enhetschef && !team.isMember(id, user.getUserId())) {
      throw new ForbiddenException("Bara klientens team eller enhetschefen kan ändra teamet.");
    }
    return team.assign(id, teamRole, body.userId().trim(), user.getUserId());
  }

  private static List<String> groups(Authentication user) {
    return user.getGroupIds() == null ? List.of() : user.getGroupIds();
  }

  private void existing(long id) {
    if (clients.find(id).isEmpty()) {
      throw new NotFoundException("Klienten finns inte (id " + id + ").");
    }
  }
}
