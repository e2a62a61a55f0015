/**
 * Eviction prevention: signals, cases, contact attempts, priority, legal deadlines and the
 * eviction-prevention process glue. Registers the household with client, refers to the housing
 * chain and records the contact with the landlord through their APIs.
 */
@ApplicationModule(displayName = "Eviction prevention",
    allowedDependencies = {"client", "housing", "landlord", "identity", "platform", "platform::web",
        "platform::process", "platform::retention"})
package se.bofast.eviction;

import org.springframework.modulith.ApplicationModule;
