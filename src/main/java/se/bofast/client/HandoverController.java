package se.bofast.client;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import se.bofast.identity.Groups;
import se.bofast.platform.web.ApiAccess;
import se.bofast.platform.web.RequireGroups;
import se.bofast.platform.web.SafeText;

/**
 * The enhetschef's handover in one step: every team role of one person (or one role) and every
 * open task assigned to them go to another person, in one transaction.
 */
@RestController
@RequireGroups(Groups.ENHETSCHEF)
class HandoverController {

  record Handover(
      @NotNull(message = "Ange vem som tar över (toUserId).")
      @SafeText(max = TeamController.USER_ID_MAX_LENGTH) String toUserId,
      TeamRole role) {
  }

  /** How many team roles moved. */
  record HandoverResult(String fromUserId, String toUserId, int rolesMoved) {
  }

  private final ClientTeam team;
  private final ApiAccess access;

  HandoverController(ClientTeam team, ApiAccess access) {
    this.team = team;
    this.access = access;
  }

  @PostMapping(path = ClientConstants.API_HANDOVER, consumes = MediaType.APPLICATION_JSON_VALUE)
  HandoverResult handover(@PathVariable String userId, @Valid @RequestBody Handover body) {
    String by = access.requireAnyGroup(Groups.ENHETSCHEF);
    String to = body.toUserId().trim();
    return new HandoverResult(userId, to, team.handover(userId, to, body.role(), by));
  }
}
