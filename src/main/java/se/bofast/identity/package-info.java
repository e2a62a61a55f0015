/**
 * Identity: groups ({@code Groups}, used by every module), demo users, Tasklist filters,
 * authorizations and REST security.
 */
@ApplicationModule(displayName = "Identity", allowedDependencies = {"platform::security", "platform::process"})
package se.bofast.identity;

import org.springframework.modulith.ApplicationModule;
