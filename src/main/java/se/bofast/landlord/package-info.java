/**
 * Landlord relations: partners, contact persons, the contact log, lease agreements, apartment
 * needs and the landlord-relations process glue. Answers the housing chain's takeover requests
 * and adds obtained apartments to its stock through housing's API.
 */
@ApplicationModule(displayName = "Landlord relations",
    allowedDependencies = {"housing", "identity", "platform::web", "platform::process", "platform::retention"})
package se.bofast.landlord;

import org.springframework.modulith.ApplicationModule;
