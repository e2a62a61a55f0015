package se.bofast.platform.process;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs an engine call as the application rather than as the logged-in user. For steps the
 * application has already authorised by its own rules (an /api endpoint's groups, a process
 * rule), such as correlating a message to a process instance the user may not otherwise
 * touch. The user's authentication is restored afterwards.
 */
@Component
public class SystemAccess {

  private final IdentityService identityService;

  SystemAccess(IdentityService identityService) {
    this.identityService = identityService;
  }

  public <T> T call(Supplier<T> action) {
    Authentication user = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return action.get();
    } finally {
      if (user != null) {
        identityService.setAuthentication(user);
      }
    }
  }

  public void run(Runnable action) {
    call(() -> {
      action.run();
      return null;
    });
  }
}
