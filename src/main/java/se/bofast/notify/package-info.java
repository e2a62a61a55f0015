/**
 * Notifications by e-mail: each staff member's daily digest of their tasks (working days, a set
 * time), an immediate notice when an eviction case becomes URGENT, an escalation to the
 * enhetschef when an URGENT case's task is overdue, and each person's choices. Every notice goes
 * through an outbox written in the transaction that causes it and sent by a job with retries;
 * notices carry task names, case numbers, dates and links, never a client's personal data.
 * Listens to eviction's {@code UrgentCaseRaised}; reads tasks through the engine's API.
 */
@ApplicationModule(displayName = "Notifications",
    allowedDependencies = {"eviction", "identity", "platform::web", "platform::process", "platform::retention"})
package se.bofast.notify;

import org.springframework.modulith.ApplicationModule;
