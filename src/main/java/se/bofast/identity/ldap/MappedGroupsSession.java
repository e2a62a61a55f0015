package se.bofast.identity.ldap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javax.naming.directory.SearchResult;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.identity.impl.ldap.LdapConfiguration;
import org.camunda.bpm.identity.impl.ldap.LdapGroupEntity;
import org.camunda.bpm.identity.impl.ldap.LdapGroupQuery;
import org.camunda.bpm.identity.impl.ldap.LdapIdentityProviderSession;
import org.camunda.bpm.identity.impl.ldap.LdapUserQueryImpl;

/**
 * Camunda's LDAP session, with the directory's groups under the application's ids
 * ({@link GroupMapping}): a group the mapping does not name does not exist for the engine, so a
 * directory group that happens to be called "enhetschef" gives nobody the enhetschef's rights.
 * Queries by group id are translated to the directory's id before Camunda's session builds its
 * LDAP filter, and back afterwards (a query object may run twice: count, then list).
 *
 * <p>Also escapes what Camunda's session puts into its LDAP filters unescaped (group ids and
 * names, user names and e-mail), so that a query's text is never read as filter syntax; the
 * queries' {@code %} wildcard still works.
 */
class MappedGroupsSession extends LdapIdentityProviderSession {

  /** The id of a directory group the mapping does not name: never a valid group id. */
  static final String UNMAPPED = "\u0000unmapped";

  private final GroupMapping mapping;
  /** True while a group's DN is looked up for a user query (no READ on the group needed, as in the database). */
  private boolean resolvingMembers;

  MappedGroupsSession(LdapConfiguration configuration, GroupMapping mapping) {
    super(configuration);
    this.mapping = mapping;
  }

  @Override
  protected GroupEntity transformGroup(SearchResult result) {
    GroupEntity group = super.transformGroup(result);
    String mapped = mapping.groupOf(group.getId());
    group.setId(mapped == null ? UNMAPPED : mapped);
    return group;
  }

  @Override
  protected boolean isAuthorizedToReadGroup(String groupId) {
    return !UNMAPPED.equals(groupId) && (resolvingMembers || super.isAuthorizedToReadGroup(groupId));
  }

  @Override
  public List<Group> findGroupByQueryCriteria(LdapGroupQuery query) {
    String id = query.getId();
    String[] ids = query.getIds();
    String name = query.getName();
    String nameLike = query.getNameLike();
    try {
      if (id != null) {
        String directoryGroup = mapping.directoryGroupOf(id);
        if (directoryGroup == null) {
          return new ArrayList<>();
        }
        query.groupId(escapeLDAPSearchFilter(directoryGroup));
      }
      if (ids != null && ids.length > 0) {
        String[] directoryGroups = Arrays.stream(ids).map(mapping::directoryGroupOf).filter(Objects::nonNull)
            .map(this::escapeLDAPSearchFilter).toArray(String[]::new);
        if (directoryGroups.length == 0) {
          return new ArrayList<>();
        }
        query.groupIdIn(directoryGroups);
      }
      if (name != null) {
        query.groupName(escapeLDAPSearchFilter(name));
      }
      if (nameLike != null) {
        query.groupNameLike(escapeLDAPSearchFilter(nameLike));
      }
      return super.findGroupByQueryCriteria(query);
    } finally {
      restore(query, id, ids, name, nameLike);
    }
  }

  private static void restore(LdapGroupQuery query, String id, String[] ids, String name, String nameLike) {
    if (id != null) {
      query.groupId(id);
    }
    if (ids != null && ids.length > 0) {
      query.groupIdIn(ids);
    }
    if (name != null) {
      query.groupName(name);
    }
    if (nameLike != null) {
      query.groupNameLike(nameLike);
    }
  }

  @Override
  public List<User> findUserByQueryCriteria(LdapUserQueryImpl query) {
    UserCriteria original = UserCriteria.of(query);
    try {
      if (original.groupId() != null) {
        String directoryGroup = mapping.directoryGroupOf(original.groupId());
        if (directoryGroup == null) {
          return new ArrayList<>();
        }
        query.memberOfGroup(escapeLDAPSearchFilter(directoryGroup));
      }
      original.escaped(this::escapeLDAPSearchFilter).applyTexts(query);
      return super.findUserByQueryCriteria(query);
    } finally {
      original.applyTexts(query);
      if (original.groupId() != null) {
        query.memberOfGroup(original.groupId());
      }
    }
  }

  /**
   * A group that is not there has no members. (Camunda's session would search the whole
   * directory from an empty base DN and return the members of every group.)
   */
  @Override
  protected List<User> findUsersByGroupId(LdapUserQueryImpl query) {
    return getDnForGroup(query.getGroupId()).isEmpty() ? new ArrayList<>() : super.findUsersByGroupId(query);
  }

  /** The DN of a directory group, by its (escaped) directory id; "" when it is not there. */
  @Override
  protected String getDnForGroup(String directoryGroupId) {
    LdapGroupQuery byDirectoryId = new LdapGroupQuery();
    byDirectoryId.groupId(directoryGroupId);
    resolvingMembers = true;
    try {
      List<Group> found = super.findGroupByQueryCriteria(byDirectoryId);
      return found.isEmpty() ? "" : ((LdapGroupEntity) found.get(0)).getDn();
    } finally {
      resolvingMembers = false;
    }
  }
}
