/**
 * Platform: what every domain module builds on, and nothing domain-specific. The base package
 * holds case numbers, settings checks, engine indexes and model deployment; the named interfaces
 * {@code web} (input rules, errors, group checks for the /api controllers), {@code process}
 * (delegate and form-listener helpers, current user, system access, due dates, process ids) and
 * {@code security} (the query expressions the shared Tasklist filters may carry) are what other
 * modules may use. {@code process.forms} and {@code query} are the engine plumbing behind them and
 * are internal.
 *
 * <p>Not an open module ({@code Type.OPEN}): modules see only the named interfaces, so the engine
 * plugins and guards stay internal. Platform depends on no domain module.
 */
@ApplicationModule(displayName = "Platform", allowedDependencies = {})
package se.bofast.platform;

import org.springframework.modulith.ApplicationModule;
