/**
 * Client register: identity (personnummer, samordningsnummer or an alias), household, children,
 * consent, treatment facts and the journal (append-only, signed entries, corrections as new
 * entries; {@code Journal}). {@code ClientService}, {@code ClientView}, {@code Needs} and
 * {@code DisplayNames} are what other modules use.
 */
@ApplicationModule(displayName = "Client register",
    allowedDependencies = {"platform::database", "identity", "platform::web", "platform::process", "platform::retention"})
package se.bofast.client;

import org.springframework.modulith.ApplicationModule;
