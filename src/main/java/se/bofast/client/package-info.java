/**
 * Client register: identity (personnummer, samordningsnummer or an alias), household, children,
 * consent and treatment facts. {@code ClientService}, {@code ClientView}, {@code Needs} and
 * {@code DisplayNames} are what other modules use.
 */
@ApplicationModule(displayName = "Client register",
    allowedDependencies = {"identity", "platform::web", "platform::process"})
package se.bofast.client;

import org.springframework.modulith.ApplicationModule;
