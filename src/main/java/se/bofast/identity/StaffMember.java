package se.bofast.identity;

import java.util.List;

/**
 * A staff member as the engine's identity (Admin, or the directory behind it) knows them: the
 * user id, the display name ({@link StaffDirectory#name}), the e-mail address (null when the
 * identity has none) and every group the user is in, sorted.
 */
public record StaffMember(String userId, String name, String email, List<String> groups) {

  public StaffMember {
    groups = List.copyOf(groups);
  }

  public boolean hasAddress() {
    return email != null && !email.isBlank();
  }

  public boolean in(String group) {
    return groups.contains(group);
  }
}
