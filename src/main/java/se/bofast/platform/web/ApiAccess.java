package se.bofast.platform.web;

import java.util.Arrays;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who calls /api: the user that the engine's authentication filter authenticated with HTTP
 * Basic for this request (see se.bofast.identity.RestSecurity), with the user's groups.
 */
@Component
public class ApiAccess {

  private final IdentityService identityService;

  ApiAccess(IdentityService identityService) {
    this.identityService = identityService;
  }

  /**
   * The current user's id, if the user is a member of at least one of the groups.
   *
   * @throws ForbiddenException otherwise (403)
   */
  public String requireAnyGroup(String... groups) {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      throw new ForbiddenException("Du är inte inloggad.");
    }
    if (authentication.getGroupIds() == null
        || authentication.getGroupIds().stream().noneMatch(Arrays.asList(groups)::contains)) {
      throw new ForbiddenException("Din roll ger inte tillgång till detta.");
    }
    return authentication.getUserId();
  }
}
