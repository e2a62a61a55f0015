/**
 * The access log and its review (issue 15 items 1 and 2): every read and change of a client's or
 * an eviction case's personal data recorded centrally, append-only (ApiAccessRecording on /api,
 * EngineAccessRecording on the engine's and the webapps' task reads), queried by the enhetschef
 * (/api/access-log, .csv, /personal/atkomstlogg.html), and reviewed monthly in the
 * access-log-review process ({@code AccessReview}, rules {@code ReviewRule}).
 */
@ApplicationModule(displayName = "Access log",
    allowedDependencies = {"platform::database", "client", "eviction", "identity", "platform", "platform::web", "platform::process"})
package se.bofast.audit;

import org.springframework.modulith.ApplicationModule;
