package se.bofast.identity.ldap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import se.bofast.identity.Groups;
import se.bofast.platform.InvalidSettingsException;

/**
 * Refuses to start the {@code ldap} profile when the directory is not fully named: the server,
 * the base DN, the directory group of the administrators and of at least one group of staff;
 * a group of the mapping that the application does not have, or two of its groups named by one
 * directory group; and what would make users that are not the directory's (demo users, the first
 * administrator of the prod profile). Runs before any bean is created and names each setting.
 */
public class DirectorySettings implements EnvironmentPostProcessor, Ordered {

  public static final String PROFILE = "ldap";
  static final String PREFIX = "bofast.ldap.";
  static final String GROUPS = PREFIX + "groups";

  /** The application's groups a directory group may stand for. */
  static final List<String> APPLICATION_GROUPS = List.of(Groups.CASE_MANAGER, Groups.BOENDELOTS, Groups.BOSAMORDNARE,
      Groups.SOCIALSEKRETERARE, Groups.ENHETSCHEF, Groups.ADMIN, Groups.INTAKE);

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication app) {
    if (!Set.of(env.getActiveProfiles()).contains(PROFILE)) {
      return;
    }
    List<String> problems = problems(env);
    if (!problems.isEmpty()) {
      throw new InvalidSettingsException(String.join(",", env.getActiveProfiles()), problems);
    }
  }

  static List<String> problems(Environment env) {
    List<String> problems = new ArrayList<>();
    String url = require(env, "server-url", "BOFAST_LDAP_URL", problems);
    if (url != null && !url.startsWith("ldap://") && !url.startsWith("ldaps://")) {
      problems.add(PREFIX + "server-url: must be an LDAP URL (ldaps://host:636 or ldap://host:389), was '" + url + "'");
    }
    require(env, "base-dn", "BOFAST_LDAP_BASE_DN", problems);
    if (!blank(env.getProperty(PREFIX + "manager-dn"))) {
      require(env, "manager-password", "BOFAST_LDAP_MANAGER_PASSWORD", problems);
    }
    if (env.getProperty(PREFIX + "accept-untrusted-certificates", Boolean.class, false)) {
      problems.add(PREFIX + "accept-untrusted-certificates: must not be true (it trusts every certificate in the JVM);"
          + " add the directory's certificate to the JVM's trust store instead");
    }
    checkGroups(env, problems);
    if (env.getProperty("bofast.identity.demo-users", Boolean.class, false)) {
      problems.add("bofast.identity.demo-users: must be false with the ldap profile (users come from the directory)");
    }
    if (!blank(env.getProperty("bofast.identity.admin.id"))) {
      problems.add("bofast.identity.admin.id (BOFAST_ADMIN_USER): not used with the ldap profile; the administrators"
          + " are the members of the directory group " + GROUPS + "." + Groups.ADMIN);
    }
    return problems;
  }

  private static void checkGroups(Environment env, List<String> problems) {
    Map<String, String> groups = Binder.get(env).bind(GROUPS, Bindable.mapOf(String.class, String.class))
        .orElse(Map.of());
    if (blank(groups.get(Groups.ADMIN))) {
      problems.add(GROUPS + "." + Groups.ADMIN + ": missing (the directory group of Bofast's administrators;"
          + " set BOFAST_LDAP_ADMIN_GROUP)");
    }
    if (groups.entrySet().stream().noneMatch(e -> !blank(e.getValue()) && !Groups.ADMIN.equals(e.getKey()))) {
      problems.add(GROUPS + ": no directory group is named for the staff (" + String.join(", ", Groups.STAFF)
          + ", " + Groups.ENHETSCHEF + ")");
    }
    Map<String, String> groupByDirectoryGroup = new LinkedHashMap<>();
    groups.forEach((group, directoryGroup) -> {
      if (!APPLICATION_GROUPS.contains(group)) {
        problems.add(GROUPS + "." + group + ": Bofast has no such group (one of " + String.join(", ",
            APPLICATION_GROUPS) + ")");
      } else if (!blank(directoryGroup)) {
        String other = groupByDirectoryGroup.putIfAbsent(GroupMapping.key(directoryGroup), group);
        if (other != null) {
          problems.add(GROUPS + "." + group + ": the directory group '" + directoryGroup.trim() + "' is already named for "
              + other + "; each group needs a directory group of its own");
        }
      }
    });
  }

  private static String require(Environment env, String setting, String variable, List<String> problems) {
    String value = env.getProperty(PREFIX + setting);
    if (blank(value)) {
      problems.add(PREFIX + setting + ": missing (set the environment variable " + variable + ")");
      return null;
    }
    return value.trim();
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
