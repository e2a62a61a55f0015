package se.bofast.notify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import se.bofast.identity.Groups;
import se.bofast.platform.process.SystemAccess;

/**
 * The people notices go to, from the engine's identity (Admin, or the directory behind it): staff
 * of the four staff groups and the enhetschefer, with their e-mail and groups. Read as the
 * application, so that a staff member's request sees their own entry whatever they may list.
 */
@Component
class StaffDirectory {

  /** Who gets notices: the staff groups and the enhetschef. */
  static final List<String> NOTIFIED_GROUPS = List.of(Groups.CASE_MANAGER, Groups.BOENDELOTS,
      Groups.BOSAMORDNARE, Groups.SOCIALSEKRETERARE, Groups.ENHETSCHEF);

  /** A staff member; {@code email} null when the identity has none. */
  record Person(String userId, String name, String email, List<String> groups) {

    boolean hasAddress() {
      return email != null && !email.isBlank();
    }

    boolean in(String group) {
      return groups.contains(group);
    }
  }

  private final IdentityService identity;
  private final SystemAccess system;

  StaffDirectory(IdentityService identity, SystemAccess system) {
    this.identity = identity;
    this.system = system;
  }

  /** Every member of a notified group, by user id. */
  List<Person> staff() {
    return system.call(() -> {
      Map<String, User> users = new LinkedHashMap<>();
      for (String group : NOTIFIED_GROUPS) {
        identity.createUserQuery().memberOfGroup(group).list().forEach(u -> users.putIfAbsent(u.getId(), u));
      }
      List<Person> people = new ArrayList<>();
      users.values().forEach(u -> people.add(person(u)));
      people.sort(Comparator.comparing(Person::userId));
      return people;
    });
  }

  /** The members of one group. */
  List<Person> members(String group) {
    return system.call(() -> identity.createUserQuery().memberOfGroup(group).list().stream()
        .map(this::person).sorted(Comparator.comparing(Person::userId)).toList());
  }

  Optional<Person> find(String userId) {
    return system.call(() -> Optional.ofNullable(identity.createUserQuery().userId(userId).singleResult())
        .map(this::person));
  }

  private Person person(User user) {
    List<String> groups = identity.createGroupQuery().groupMember(user.getId()).list().stream()
        .map(Group::getId).sorted().toList();
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).trim();
    String email = user.getEmail() == null || user.getEmail().isBlank() ? null : user.getEmail().trim();
    return new Person(user.getId(), name.isEmpty() ? user.getId() : name, email, groups);
  }
}
