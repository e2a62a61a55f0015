package se.bofast.staff;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.bofast.client.ClientAccess;
import se.bofast.client.ClientTeam;
import se.bofast.identity.Groups;
import se.bofast.platform.web.ApiAccess;
import se.bofast.platform.web.RequireGroups;

/**
 * The client page's reads: the client's file for those {@link ClientAccess} lets read it, and
 * "Mina klienter" for the logged-in user. The client's id is the path variable {@code id}
 * (the access log names the subject by it).
 */
@RestController
@RequireGroups({Groups.CASE_MANAGER, Groups.BOENDELOTS, Groups.SOCIALSEKRETERARE, Groups.BOSAMORDNARE,
    Groups.ENHETSCHEF})
class ClientFileController {

  static final String API_FILE = "/api/clients/{id}/file";
  static final String API_MY_CLIENTS = "/api/me/clients";

  private final ClientAccess clientAccess;
  private final ClientFiles files;
  private final MyClients myClients;
  private final ClientTeam team;
  private final ApiAccess access;
  private final IdentityService identity;

  ClientFileController(ClientAccess clientAccess, ClientFiles files, MyClients myClients, ClientTeam team,
      ApiAccess access, IdentityService identity) {
    this.clientAccess = clientAccess;
    this.files = files;
    this.myClients = myClients;
    this.team = team;
    this.access = access;
    this.identity = identity;
  }

  @GetMapping(API_FILE)
  ClientFile file(@PathVariable long id) {
    String user = clientAccess.requireRead(id);
    List<String> groups = identity.getCurrentAuthentication().getGroupIds();
    boolean mayChangeTeam = (groups != null && groups.contains(Groups.ENHETSCHEF)) || team.isMember(id, user);
    return files.file(id, user, mayChangeTeam);
  }

  @GetMapping(API_MY_CLIENTS)
  List<MyClients.MyClient> mine() {
    return myClients.of(access.requireAnyGroup(Groups.CASE_MANAGER, Groups.BOENDELOTS, Groups.SOCIALSEKRETERARE,
        Groups.BOSAMORDNARE, Groups.ENHETSCHEF));
  }
}
