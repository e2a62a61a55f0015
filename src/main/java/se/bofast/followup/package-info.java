/**
 * Follow-up: assessments (ASI, DUR), joint care plans (SIP) and follow-up timers. Listens to the
 * housing chain's events; reads clients through client's API.
 */
@ApplicationModule(displayName = "Follow-up",
    allowedDependencies = {"client", "housing", "identity", "platform::web", "platform::process", "platform::retention"})
package se.bofast.followup;

import org.springframework.modulith.ApplicationModule;
