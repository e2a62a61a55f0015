package se.bofast.client;

import java.util.Arrays;
import java.util.Optional;
import se.bofast.identity.Groups;

/**
 * A role in a client's named team. Each role is worked by one candidate group: the holder must
 * be a member of it, and a user task whose candidate group it is goes to the holder.
 */
public enum TeamRole {
  CASE_MANAGER(Groups.CASE_MANAGER, "case manager/uppsökare"),
  BOENDELOTS(Groups.BOENDELOTS, "boendelots"),
  SOCIALSEKRETERARE(Groups.SOCIALSEKRETERARE, "socialsekreterare"),
  BOSAMORDNARE(Groups.BOSAMORDNARE, "bosamordnare");

  private final String group;
  private final String label;

  TeamRole(String group, String label) {
    this.group = group;
    this.label = label;
  }

  /** The candidate group whose members may hold the role. */
  public String group() {
    return group;
  }

  /** The role's name in Swedish, for messages. */
  public String label() {
    return label;
  }

  /** The role worked by a candidate group, if any. */
  public static Optional<TeamRole> ofGroup(String group) {
    return Arrays.stream(values()).filter(role -> role.group.equals(group)).findFirst();
  }

  /** A role as named in a path (CASE_MANAGER, case-manager, boendelots …), case-insensitive. */
  static Optional<TeamRole> parse(String name) {
    if (name == null) {
      return Optional.empty();
    }
    return Arrays.stream(values())
        .filter(role -> role.name().equalsIgnoreCase(name) || role.group.equalsIgnoreCase(name))
        .findFirst();
  }
}
