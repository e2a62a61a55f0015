package se.bofast.staff;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import se.bofast.platform.process.SystemAccess;

/** Staff members' names for the pages (staff may not read the user register themselves). */
@Component
class StaffNames {

  /** A staff member: user id and full name. */
  record Person(String userId, String name) {
  }

  private final IdentityService identity;
  private final SystemAccess system;

  StaffNames(IdentityService identity, SystemAccess system) {
    this.identity = identity;
    this.system = system;
  }

  /** The user's full name, or the id when the user has none (or no longer exists); null for null. */
  String name(String userId) {
    if (userId == null) {
      return null;
    }
    User user = system.call(() -> identity.createUserQuery().userId(userId).singleResult());
    return user == null ? userId : fullName(user);
  }

  /** The members of a group, by name. */
  List<Person> members(String group) {
    return system.call(() -> identity.createUserQuery().memberOfGroup(group).orderByUserLastName().asc().list())
        .stream().map(u -> new Person(u.getId(), fullName(u))).toList();
  }

  private static String fullName(User user) {
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? user.getId() : name;
  }
}
