package se.bofast.workplan;

import java.util.Collection;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import se.bofast.platform.process.SystemAccess;

/** Staff members as the plan names them: whether a user is in a group, and a user's name. */
@Component
class PlanStaff {

  private static final int NAME_MAX_LENGTH = 255;

  private final IdentityService identity;
  private final SystemAccess system;

  PlanStaff(IdentityService identity, SystemAccess system) {
    this.identity = identity;
    this.system = system;
  }

  /** A staff member the plan may name, with the staff groups the member is in. */
  public record Member(String userId, String name, java.util.List<String> groups) {
  }

  /** The members of the groups, each once, by name. */
  java.util.List<Member> members(java.util.List<String> groups) {
    java.util.Map<String, Member> members = new java.util.TreeMap<>();
    for (String group : groups) {
      for (User user : system.call(() -> identity.createUserQuery().memberOfGroup(group).list())) {
        Member known = members.get(user.getId());
        java.util.List<String> in = new java.util.ArrayList<>(known == null ? java.util.List.of() : known.groups());
        in.add(group);
        members.put(user.getId(), new Member(user.getId(), name(user), in));
      }
    }
    return members.values().stream().sorted(java.util.Comparator.comparing(Member::name)).toList();
  }

  boolean inAnyGroup(String userId, Collection<String> groups) {
    return groups.stream().anyMatch(group -> system.call(() ->
        identity.createUserQuery().userId(userId).memberOfGroup(group).count() == 1));
  }

  /** The user's name as it is now ("Lotta Bergström"), or the user id when the user has none. */
  String name(String userId) {
    User user = system.call(() -> identity.createUserQuery().userId(userId).singleResult());
    return user == null ? userId : name(user);
  }

  private static String name(User user) {
    String userId = user.getId();
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? userId : name.substring(0, Math.min(name.length(), NAME_MAX_LENGTH));
  }
}
