package se.bofast.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.DependsOn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds groups, users, authorizations and the shared Tasklist filters on every start. With a
 * read-only identity provider (the city's directory, ldap profile) users and groups are the
 * directory's: only the groups' authorizations and the filters are seeded.
 * Idempotent: it only adds what is missing. Several nodes starting at once take turns
 * through a row lock, and each node's seeding is one transaction (the engine joins
 * Spring's transaction), so a failure leaves nothing half-seeded.
 */
@Component
@DependsOn("flywayInitializer")
class IdentitySeeding implements InitializingBean {

  private static final Logger log = LoggerFactory.getLogger(IdentitySeeding.class);

  static final Map<String, String> GROUP_NAMES = new LinkedHashMap<>();

  static {
    GROUP_NAMES.put(Groups.CASE_MANAGER, "Case manager/uppsökare");
    GROUP_NAMES.put(Groups.BOENDELOTS, "Boendelotsar");
    GROUP_NAMES.put(Groups.BOSAMORDNARE, "Bosamordnare");
    GROUP_NAMES.put(Groups.SOCIALSEKRETERARE, "Socialsekreterare");
    GROUP_NAMES.put(Groups.ENHETSCHEF, "Enhetschefer och styrgrupp");
    GROUP_NAMES.put(Groups.ADMIN, "Processdesign och administration");
    GROUP_NAMES.put(Groups.INTAKE, "Systemkonton för inkommande signaler");
  }

  record DemoUser(String id, String firstName, String lastName, String group) {
  }

  static final String DEMO_PASSWORD = "demo";
  static final List<DemoUser> DEMO_USERS = List.of(
      new DemoUser("kim", "Kim", "Lindqvist", Groups.CASE_MANAGER),
      new DemoUser("lotta", "Lotta", "Bergström", Groups.BOENDELOTS),
      new DemoUser("bosse", "Bo", "Sandberg", Groups.BOSAMORDNARE),
      new DemoUser("sara", "Sara", "Nyström", Groups.SOCIALSEKRETERARE),
      new DemoUser("eva", "Eva", "Holmgren", Groups.ENHETSCHEF),
      new DemoUser("admin", "Astrid", "Wallin", Groups.ADMIN),
      new DemoUser("intake", "Signalintag", "Systemkonto", Groups.INTAKE));

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final FilterService filterService;
  private final TaskService taskService;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final IdentityProperties properties;

  IdentitySeeding(IdentityService identityService, AuthorizationService authorizationService,
      FilterService filterService, TaskService taskService, JdbcTemplate jdbc,
      PlatformTransactionManager transactionManager, IdentityProperties properties) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.filterService = filterService;
    this.taskService = taskService;
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactionManager);
    this.properties = properties;
  }

  @Override
  public void afterPropertiesSet() {
    seed();
  }

  void seed() {
    boolean directory = identityService.isReadOnly();
    transaction.executeWithoutResult(status -> {
      jdbc.queryForObject("SELECT id FROM platform_seed_lock WHERE id = 1 FOR UPDATE", Integer.class);
      // a directory (ldap profile) owns users and groups: only the grants and filters are seeded
      if (!directory) {
        seedUsersAndGroups();
      }
      List<String> filterIds = new SharedFilters(filterService, taskService).ensure();
      List<Grant> wanted = new ArrayList<>();
      grantAdmin(wanted);
      grantManager(wanted, filterIds);
      Groups.STAFF.forEach(group -> grantStaff(wanted, group, filterIds));
      applyGrants(wanted);
    });
    if (directory) {
      log.info("Identity seeded: grants and filters for groups {}; users and groups from the directory",
          GROUP_NAMES.keySet());
    } else {
      log.info("Identity seeded: groups {}, demo users {}", GROUP_NAMES.keySet(), properties.demoUsers());
    }
  }

  private void seedUsersAndGroups() {
    GROUP_NAMES.forEach(this::ensureGroup);
    if (properties.demoUsers()) {
      DEMO_USERS.forEach(u -> ensureUser(u.id(), DEMO_PASSWORD, u.firstName(), u.lastName(),
          u.id() + "@bofast.example", u.group()));
    }
    IdentityProperties.Admin admin = properties.admin();
    if (admin != null && admin.isSet()) {
      ensureUser(admin.id(), admin.password(), admin.firstName(), admin.lastName(), admin.email(), Groups.ADMIN);
    }
  }

  private void ensureGroup(String id, String name) {
    Group group = identityService.createGroupQuery().groupId(id).singleResult();
    if (group == null) {
      group = identityService.newGroup(id);
    } else if (name.equals(group.getName())) {
      return;
    }
    group.setName(name);
    group.setType(Groups.ADMIN.equals(id) || Groups.INTAKE.equals(id) ? "SYSTEM" : "WORKFLOW");
    identityService.saveGroup(group);
  }

  private void ensureUser(String id, String password, String firstName, String lastName, String email,
      String groupId) {
    if (identityService.createUserQuery().userId(id).singleResult() == null) {
      User user = identityService.newUser(id);
      user.setPassword(password);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setEmail(email == null || email.isBlank() ? null : email);
      identityService.saveUser(user);
    }
    if (identityService.createUserQuery().userId(id).memberOfGroup(groupId).count() == 0) {
      identityService.createMembership(id, groupId);
    }
  }

  private void grantAdmin(List<Grant> wanted) {
    for (Resource resource : Resources.values()) {
      grant(wanted, Groups.ADMIN, resource, Authorization.ANY, Permissions.ALL);
    }
  }

  private void grantManager(List<Grant> wanted, List<String> filterIds) {
    String g = Groups.ENHETSCHEF;
    grant(wanted, g, Resources.APPLICATION, Groups.APP_TASKLIST, Permissions.ACCESS);
    grant(wanted, g, Resources.APPLICATION, Groups.APP_COCKPIT, Permissions.ACCESS);
    filterIds.forEach(id -> grant(wanted, g, Resources.FILTER, id, Permissions.READ));
    grant(wanted, g, Resources.PROCESS_DEFINITION, Authorization.ANY,
        Permissions.READ, Permissions.READ_HISTORY, Permissions.READ_INSTANCE, Permissions.READ_TASK);
    grant(wanted, g, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.READ);
    grant(wanted, g, Resources.TASK, Authorization.ANY, Permissions.READ);
    grant(wanted, g, Resources.HISTORIC_TASK, Authorization.ANY, HistoricTaskPermissions.READ);
    grant(wanted, g, Resources.HISTORIC_PROCESS_INSTANCE, Authorization.ANY, HistoricProcessInstancePermissions.READ);
    grant(wanted, g, Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ, Permissions.READ_HISTORY);
    grant(wanted, g, Resources.DECISION_REQUIREMENTS_DEFINITION, Authorization.ANY, Permissions.READ);
  }

  private void grantStaff(List<Grant> wanted, String group, List<String> filterIds) {
    grant(wanted, group, Resources.APPLICATION, Groups.APP_TASKLIST, Permissions.ACCESS);
    filterIds.forEach(id -> grant(wanted, group, Resources.FILTER, id, Permissions.READ));
    List<String> startable = properties.startRights().getOrDefault(group, List.of());
    if (!startable.isEmpty()) {
      grant(wanted, group, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
    }
    startable.forEach(key ->
        grant(wanted, group, Resources.PROCESS_DEFINITION, key, Permissions.READ, Permissions.CREATE_INSTANCE));
    properties.taskProcesses().getOrDefault(group, List.of()).forEach(key ->
        grant(wanted, group, Resources.PROCESS_DEFINITION, key, Permissions.READ));
  }

  private static void grant(List<Grant> wanted, String groupId, Resource resource, String resourceId,
      Permission... permissions) {
    wanted.add(new Grant(groupId, resource, resourceId, permissions));
  }

  /** A grant the seeding wants to exist, with at least these permissions. */
  private record Grant(String groupId, Resource resource, String resourceId, Permission[] permissions) {

    String key() {
      return key(groupId, resource.resourceType(), resourceId);
    }

    static String key(String groupId, int resourceType, String resourceId) {
      return groupId + '\u0000' + resourceType + '\u0000' + resourceId;
    }
  }

  /**
   * Creates the wanted grants that are missing and adds the permissions they lack. The
   * existing grants are read in one statement, restricted to the seeded groups and the
   * resource ids the seeding uses, so that the engine's one authorization per task (candidate
   * groups) is never read; the engine's API writes what is missing, as an administrator would.
   */
  private void applyGrants(List<Grant> grants) {
    Map<String, Integer> existing = new HashMap<>();
    List<String> groups = grants.stream().map(Grant::groupId).distinct().toList();
    List<String> resourceIds = grants.stream().map(Grant::resourceId).distinct().toList();
    String sql = "SELECT GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_ FROM ACT_RU_AUTHORIZATION"
        + " WHERE TYPE_ = " + AUTH_TYPE_GRANT
        + " AND GROUP_ID_ IN (" + placeholders(groups.size()) + ")"
        + " AND RESOURCE_ID_ IN (" + placeholders(resourceIds.size()) + ")";
    List<Object> args = new ArrayList<>(groups);
    args.addAll(resourceIds);
    jdbc.query(sql, rs -> {
      existing.put(Grant.key(rs.getString(1), rs.getInt(2), rs.getString(3)), rs.getInt(4));
    }, args.toArray());
    for (Grant grant : grants) {
      Integer perms = existing.get(grant.key());
      if (perms == null) {
        Authorization authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
        authorization.setGroupId(grant.groupId());
        authorization.setResource(grant.resource());
        authorization.setResourceId(grant.resourceId());
        for (Permission permission : grant.permissions()) {
          authorization.addPermission(permission);
        }
        authorizationService.saveAuthorization(authorization);
        existing.put(grant.key(), union(0, grant.permissions()));
      } else if (!grantsAll(perms, grant.permissions())) {
        addMissing(grant);
        existing.put(grant.key(), union(perms, grant.permissions()));
      }
    }
  }

  private static int union(int perms, Permission[] permissions) {
    for (Permission permission : permissions) {
      perms |= permission.getValue();
    }
    return perms;
  }

  private static boolean grantsAll(int perms, Permission[] permissions) {
    for (Permission permission : permissions) {
      if ((perms & permission.getValue()) != permission.getValue()) {
        return false;
      }
    }
    return true;
  }

  private void addMissing(Grant grant) {
    Authorization authorization = authorizationService.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT)
        .groupIdIn(grant.groupId())
        .resourceType(grant.resource())
        .resourceId(grant.resourceId())
        .singleResult();
    for (Permission permission : grant.permissions()) {
      authorization.addPermission(permission);
    }
    authorizationService.saveAuthorization(authorization);
  }

  private static String placeholders(int n) {
    return String.join(",", java.util.Collections.nCopies(n, "?"));
  }
}
