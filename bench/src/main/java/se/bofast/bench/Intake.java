package se.bofast.bench;

/** Eviction signals through {@code POST /api/eviction-signals} as the intake system account. */
final class Intake {

  static final String PATH = "/api/eviction-signals";

  private final Http http;
  private final Households households;
  private final int clients;

  Intake(int port, Households households, int clients) {
    this.http = Http.basic(port, "intake", "demo");
    this.households = households;
    this.clients = clients;
  }

  /** Posts {@code count} signals about new households; a signal succeeds with 201 (a new case). */
  Load.Stats post(int count) {
    return Load.run("signals", clients, count, i -> {
      Http.Answer answer = http.postJson(PATH, households.signal());
      return answer.status() == 201 ? answer : new Http.Answer(answer.status() == 200 ? 409 : answer.status(),
          answer.body(), answer.nanos());
    });
  }

  /** Warm-up, then the measured signals; prints signals/s, p50 and p95 under the given prefix. */
  Load.Stats measure(Report report, String prefix, int warmup, int measured) {
    report.progress(prefix + ": warm-up with " + warmup + " signals");
    requireAllCreated(post(warmup));
    report.progress(prefix + ": " + measured + " measured signals from " + clients + " clients");
    Load.Stats stats = requireAllCreated(post(measured));
    report.result(prefix + "_signals_per_s", stats.perSecond(), "signals/s");
    report.result(prefix + "_p50_ms", stats.p50Millis(), "ms");
    report.result(prefix + "_p95_ms", stats.p95Millis(), "ms");
    report.info(prefix + "_run", stats.operations() + " signals, " + clients + " clients, "
        + Report.format(stats.seconds()) + " s, max " + Report.format(stats.maxMillis()) + " ms");
    return stats;
  }

  private static Load.Stats requireAllCreated(Load.Stats stats) {
    if (stats.failures() > 0) {
      throw new BenchException(stats.failures() + " of " + stats.operations()
          + " signals did not create a case; first: " + stats.firstFailure());
    }
    return stats;
  }
}
