/**
 * Staff pages: the Swedish pages of the application under /personal/ where staff do what
 * otherwise needs /api (report an interruption, the partner register, the apartment stock, the
 * eviction cases), under the webapps' login. The pages call /api themselves; this module only
 * serves them and tells them who is logged in.
 */
@ApplicationModule(displayName = "Staff pages", allowedDependencies = {"identity"})
package se.bofast.staff;

import org.springframework.modulith.ApplicationModule;
