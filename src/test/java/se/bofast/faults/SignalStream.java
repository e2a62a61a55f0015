package se.bofast.faults;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Eviction signals posted to {@code POST /api/eviction-signals} by a few client threads, as
 * the intake account (a landlord's system), and what became of each: acknowledged (201 new
 * case, 200 known), cut (no answer: the application died under the request), or not sent.
 */
final class SignalStream {

  static final String PATH = "/api/eviction-signals";

  /** One signal: a new household, or a later signal (another reference) for a known household. */
  record Signal(String reference, String personnummer) {

    String body() {
      return "{\"externalReference\":\"" + reference + "\",\"source\":\"LANDLORD\",\"type\":\"RENT_ARREARS\","
          + "\"tenant\":{\"personnummer\":\"" + personnummer + "\",\"name\":\"Tove Ek\"},"
          // each household its own lease: one address with one landlord is one household (one case)
          + "\"address\":{\"street\":\"Sveavägen 1 lgh " + personnummer.replace("-", "").substring(6)
          + "\",\"postalCode\":\"113 59\",\"city\":\"Stockholm\"},"
          + "\"landlord\":{\"name\":\"Familjebostäder\",\"organisationNumber\":\"556677-8899\"},"
          + "\"childrenInHousehold\":0}";
    }

    /** As the application stores it: twelve digits. */
    String storedPersonnummer() {
      return personnummer.replace("-", "");
    }
  }

  record Result(List<Signal> acknowledged, List<Signal> cut, List<Signal> unsent, int created, int known,
      List<String> unexpected) {
  }

  private final FaultHttp http;
  private final int threads;

  SignalStream(AppProcess app, int threads) {
    this.http = new FaultHttp(app.port(), "intake", "demo");
    this.threads = threads;
  }

  /** Posts every signal; nothing is killed. */
  Result sendAll(List<Signal> signals) {
    return send(signals, null, 0);
  }

  /**
   * Posts the signals and, once {@code killAfter} of them are acknowledged, kills the
   * application with SIGKILL while the clients' requests are in flight.
   */
  Result sendAndKill(List<Signal> signals, AppProcess app, int killAfter) {
    return send(signals, app, killAfter);
  }

  private Result send(List<Signal> signals, AppProcess victim, int killAfter) {
    Queue<Signal> queue = new ConcurrentLinkedQueue<>(signals);
    List<Signal> acknowledged = Collections.synchronizedList(new ArrayList<>());
    List<Signal> cut = Collections.synchronizedList(new ArrayList<>());
    List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger created = new AtomicInteger();
    AtomicInteger known = new AtomicInteger();
    AtomicBoolean stopped = new AtomicBoolean();
    ExecutorService clients = Executors.newFixedThreadPool(threads);
    try {
      for (int t = 0; t < threads; t++) {
        clients.execute(() -> {
          for (Signal signal = queue.poll(); signal != null; signal = stopped.get() ? null : queue.poll()) {
            try {
              HttpResponse<String> answer = http.postJson(PATH, signal.body());
              if (answer.statusCode() == 201 || answer.statusCode() == 200) {
                (answer.statusCode() == 201 ? created : known).incrementAndGet();
                acknowledged.add(signal);
              } else {
                unexpected.add(signal.reference() + ": " + answer.statusCode() + " " + answer.body());
              }
            } catch (IOException e) {
              cut.add(signal);
            }
          }
        });
      }
      if (victim != null) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (acknowledged.size() < killAfter && System.nanoTime() < deadline && unexpected.isEmpty()) {
          Thread.onSpinWait();
          AppProcess.sleep(2);
        }
        stopped.set(true);
        int exit = victim.kill();
        if (exit != 128 + 9) {
          throw new AssertionError("The application was not killed by SIGKILL: exit value " + exit);
        }
      }
      clients.shutdown();
      if (!clients.awaitTermination(180, TimeUnit.SECONDS)) {
        throw new AssertionError("Signal clients did not finish");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted", e);
    } finally {
      clients.shutdownNow();
    }
    return new Result(List.copyOf(acknowledged), List.copyOf(cut), List.copyOf(queue), created.get(), known.get(),
        List.copyOf(unexpected));
  }
}
