/**
 * The client's work plan (arbetsplan, seed 003): the four areas with goals, who does what, the
 * agreed contact with a socialsekreterare when rent debt threatens, and the follow-up date that
 * gives the team a task ({@code work-plan-followup}). Listens to eviction's
 * {@code ChainClientRentDebt}: the agreed contact gets a task ({@code work-plan-rent-debt}).
 */
@ApplicationModule(displayName = "Work plan",
    allowedDependencies = {"client", "eviction", "identity", "platform::web", "platform::process", "platform::retention"})
package se.bofast.workplan;

import org.springframework.modulith.ApplicationModule;
