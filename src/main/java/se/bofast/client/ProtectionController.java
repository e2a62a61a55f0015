package se.bofast.client;

import jakarta.validation.Valid;
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
import se.bofast.platform.web.NotFoundException;
import se.bofast.platform.web.RequireGroups;
import se.bofast.platform.web.SafeText;

/**
 * A client's protected identity over REST: the client's team and the enhetschef read the
 * markings with their history and set or clear them ({@code marking: null} clears). Each change is
 * kept with who and when in client_protection, and the access log records it (a CHANGE of the
 * client through this endpoint).
 */
@RestController
@RequireGroups({Groups.CASE_MANAGER, Groups.BOENDELOTS, Groups.SOCIALSEKRETERARE, Groups.BOSAMORDNARE,
    Groups.ENHETSCHEF})
class ProtectionController {

  static final String API_PROTECTION = ClientConstants.API_CLIENT + "/protection";
  static final String REFUSED = "Bara klientens team och enhetschefen kan se och ändra skyddade personuppgifter.";

  /** The marking to set, or null to clear; the household member's personnummer, or none for the client. */
  record ChangeProtection(ProtectionMarking marking,
      @SafeText(max = ClientConstants.PERSONAL_NUMBER_INPUT_MAX_LENGTH) String memberPersonalNumber) {
  }

  private final ClientProtection protection;
  private final ProtectionMarkings markings;
  private final ClientRepository clients;
  private final IdentityService identity;

  ProtectionController(ClientProtection protection, ProtectionMarkings markings, ClientRepository clients,
      IdentityService identity) {
    this.protection = protection;
    this.markings = markings;
    this.clients = clients;
    this.identity = identity;
  }

  @GetMapping(API_PROTECTION)
  ProtectionView get(@PathVariable long id) {
    requireMayChange(id);
    return protection.view(id);
  }

  @PutMapping(path = API_PROTECTION, consumes = MediaType.APPLICATION_JSON_VALUE)
  ProtectionView change(@PathVariable long id, @Valid @RequestBody ChangeProtection body) {
    String user = requireMayChange(id);
    return body.marking() == null ? markings.clear(id, body.memberPersonalNumber(), user)
        : markings.set(id, body.marking(), body.memberPersonalNumber(), user);
  }

  private String requireMayChange(long id) {
    if (!clients.existsById(id)) {
      throw new NotFoundException("Klienten finns inte (id " + id + ").");
    }
    Authentication user = identity.getCurrentAuthentication();
    List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    if (!protection.mayChange(id, user.getUserId(), groups)) {
      throw new ForbiddenException(REFUSED);
    }
    return user.getUserId();
  }
}
