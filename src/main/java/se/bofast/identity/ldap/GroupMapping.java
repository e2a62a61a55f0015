package se.bofast.identity.ldap;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Which directory group stands for which of the application's groups ({@code bofast.ldap.groups}:
 * application group id → the directory group's id, e.g. {@code boendelots: Bofast Boendelotsar}).
 * Directory ids compare without regard to case, as LDAP compares them. One directory group per
 * application group and one application group per directory group ({@link DirectorySettings}
 * refuses anything else at start).
 */
final class GroupMapping {

  private final Map<String, String> directoryGroupByGroup = new LinkedHashMap<>();
  private final Map<String, String> groupByDirectoryGroup = new LinkedHashMap<>();

  GroupMapping(Map<String, String> directoryGroupByGroup) {
    directoryGroupByGroup.forEach((group, directoryGroup) -> {
      if (directoryGroup != null && !directoryGroup.isBlank()) {
        this.directoryGroupByGroup.put(group, directoryGroup.trim());
        this.groupByDirectoryGroup.put(key(directoryGroup), group);
      }
    });
  }

  /** The application's group a directory group stands for, or null when it stands for none. */
  String groupOf(String directoryGroupId) {
    return directoryGroupId == null ? null : groupByDirectoryGroup.get(key(directoryGroupId));
  }

  /** The directory group standing for an application group, or null when none is named. */
  String directoryGroupOf(String groupId) {
    return groupId == null ? null : directoryGroupByGroup.get(groupId);
  }

  static String key(String directoryGroupId) {
    return directoryGroupId.trim().toLowerCase(Locale.ROOT);
  }
}
