/**
 * Gallring (issue 15 item 4): the yearly records-retention process finds the clients whose last
 * entry in any module lies more than {@code bofast.retention.period} (5 years) before the start of
 * the current calendar year, except those born on an exempt day of the month and held while a case
 * or process of theirs is open; the enhetschef approves or holds each; the approved clients' records
 * are removed in every module through {@code platform.retention.ClientRecords}, the engine's history
 * of their process instances with them, and the removal log keeps counts only.
 */
@ApplicationModule(displayName = "Records retention",
    allowedDependencies = {"platform::database", "platform::retention", "platform::process", "platform::web"})
package se.bofast.retention;

import org.springframework.modulith.ApplicationModule;
