/**
 * Reporting: the measurable goals, care forecast, steering report and exports. Reads, never
 * writes: through the read models of the modules it reports on.
 */
@ApplicationModule(displayName = "Reporting",
    allowedDependencies = {"eviction", "housing", "followup", "identity", "platform::web",
        "platform::process"})
package se.bofast.reporting;

import org.springframework.modulith.ApplicationModule;
