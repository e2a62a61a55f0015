package se.bofast.identity;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import se.bofast.platform.process.SystemAccess;

/**
 * Looks staff up in the engine's {@link IdentityService}: whoever provides the users and groups
 * (the engine's own tables, or a directory plugged into the engine) answers here. Read as the
 * application, so that a staff member's request sees every colleague (and their own entry)
 * whatever the engine lets them list.
 */
@Component
public class StaffDirectory {

  /** A display name is cut to this length (the modules keep it in 255-character columns). */
  static final int NAME_MAX_LENGTH = 255;

  private final IdentityService identity;
  private final SystemAccess system;

  StaffDirectory(IdentityService identity, SystemAccess system) {
    this.identity = identity;
    this.system = system;
  }

  /** Every member of any of the groups, each once, by user id. */
  public List<StaffMember> members(Collection<String> groups) {
    return system.call(() -> {
      Map<String, User> users = new LinkedHashMap<>();
      for (String group : groups) {
        identity.createUserQuery().memberOfGroup(group).list().forEach(u -> users.putIfAbsent(u.getId(), u));
      }
      return users.values().stream().map(this::member).sorted(Comparator.comparing(StaffMember::userId)).toList();
    });
  }

  public Optional<StaffMember> find(String userId) {
    return system.call(() -> Optional.ofNullable(identity.createUserQuery().userId(userId).singleResult())
        .map(this::member));
  }

  /** The user's name as it is now ("Lotta Bergström"), or the user id when the user has none or is unknown. */
  public String name(String userId) {
    User user = system.call(() -> identity.createUserQuery().userId(userId).singleResult());
    return user == null ? userId : name(user);
  }

  public boolean inAnyGroup(String userId, Collection<String> groups) {
    return groups.stream().anyMatch(group -> system.call(() ->
        identity.createUserQuery().userId(userId).memberOfGroup(group).count() == 1));
  }

  private StaffMember member(User user) {
    List<String> groups = identity.createGroupQuery().groupMember(user.getId()).list().stream()
        .map(Group::getId).sorted().toList();
    String email = user.getEmail() == null || user.getEmail().isBlank() ? null : user.getEmail().trim();
    return new StaffMember(user.getId(), name(user), email, groups);
  }

  private static String name(User user) {
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? user.getId() : name.substring(0, Math.min(name.length(), NAME_MAX_LENGTH));
  }
}
