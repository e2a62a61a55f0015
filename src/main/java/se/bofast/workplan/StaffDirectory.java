package se.bofast.workplan;

import java.util.Collection;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import se.bofast.platform.process.SystemAccess;

/** Staff members as the plan names them: whether a user is in a group, and a user's name. */
@Component
class StaffDirectory {

  private static final int NAME_MAX_LENGTH = 255;

  private final IdentityService identity;
  private final SystemAccess system;

  StaffDirectory(IdentityService identity, SystemAccess system) {
    this.identity = identity;
    this.system = system;
  }

  boolean inAnyGroup(String userId, Collection<String> groups) {
    return groups.stream().anyMatch(group -> system.call(() ->
        identity.createUserQuery().userId(userId).memberOfGroup(group).count() == 1));
  }

  /** The user's name as it is now ("Lotta Bergström"), or the user id when the user has none. */
  String name(String userId) {
    User user = system.call(() -> identity.createUserQuery().userId(userId).singleResult());
    if (user == null) {
      return userId;
    }
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? userId : name.substring(0, Math.min(name.length(), NAME_MAX_LENGTH));
  }
}
