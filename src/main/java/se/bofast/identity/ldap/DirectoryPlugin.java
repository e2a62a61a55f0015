package se.bofast.identity.ldap;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.identity.impl.ldap.LdapIdentityProviderFactory;
import org.camunda.bpm.identity.impl.ldap.plugin.LdapIdentityProviderPlugin;
import org.camunda.bpm.engine.impl.interceptor.Session;

/**
 * Camunda's LDAP identity provider plugin (every setting of Camunda's plugin under
 * {@code bofast.ldap.*}, e.g. {@code server-url}, {@code base-dn}, {@code user-search-filter}) plus
 * {@code bofast.ldap.groups}: the directory group that stands for each of the application's groups.
 * The engine then sees the directory's users, and of its groups only those named there, under the
 * application's ids ({@link MappedGroupsSession}).
 */
public class DirectoryPlugin extends LdapIdentityProviderPlugin {

  private final Map<String, String> groups = new LinkedHashMap<>();

  public DirectoryPlugin() {
    // the defaults of an OpenLDAP-style directory (inetOrgPerson, groupOfNames); each is a setting
    userSearchFilter = "(objectclass=inetOrgPerson)";
    userFirstnameAttribute = "givenName";
    userEmailAttribute = "mail";
    groupIdAttribute = "cn";
    groupMemberAttribute = "member";
    // a directory that does not answer must not hold a login or a task list for ever (JNDI waits
    // without limit); bofast.ldap.context-properties replaces these when set
    contextProperties.put("com.sun.jndi.ldap.connect.timeout", "5000");
    contextProperties.put("com.sun.jndi.ldap.read.timeout", "10000");
  }

  /** Application group id → directory group id. */
  public Map<String, String> getGroups() {
    return groups;
  }

  public void setGroups(Map<String, String> groups) {
    this.groups.clear();
    this.groups.putAll(groups);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    super.preInit(configuration);
    GroupMapping mapping = new GroupMapping(groups);
    LdapIdentityProviderFactory sessions = new LdapIdentityProviderFactory() {
      @Override
      public Session openSession() {
        return new MappedGroupsSession(ldapConfiguration, mapping);
      }
    };
    sessions.setLdapConfiguration(this);
    configuration.setIdentityProviderSessionFactory(sessions);
  }
}
