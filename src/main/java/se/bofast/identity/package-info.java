/**
 * Identity: groups ({@code Groups}, used by every module), demo users, Tasklist filters,
 * authorizations and REST security; in the ldap profile users and groups from the city's
 * directory ({@code ldap}: Camunda's LDAP plugin with the directory's groups mapped to ours).
 */
@ApplicationModule(displayName = "Identity", allowedDependencies = {"platform", "platform::security", "platform::process"})
package se.bofast.identity;

import org.springframework.modulith.ApplicationModule;
