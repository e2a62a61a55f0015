package se.bofast.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Runs operations 0..n-1 from a fixed number of concurrent clients, each taking the next
 * operation as soon as its previous one answered (closed loop), and records each operation's
 * latency.
 */
final class Load {

  /** What one run achieved; latencies in milliseconds. */
  record Stats(int operations, int failures, double seconds, double p50Millis, double p95Millis, double maxMillis,
      String firstFailure) {

    double perSecond() {
      return (operations - failures) / seconds;
    }
  }

  private static final long PROGRESS_SECONDS = 30;
  private static final long MAX_LATENCY_NANOS = TimeUnit.MINUTES.toNanos(10);

  private Load() {
  }

  /**
   * Runs the operations; an operation answers the request that decides its success (its own
   * latency is measured here, whatever it did).
   */
  static Stats run(String label, int clients, int operations, IntFunction<Http.Answer> operation) {
    Histogram latencies = new ConcurrentHistogram(MAX_LATENCY_NANOS, 3);
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    AtomicInteger failures = new AtomicInteger();
    List<String> firstFailure = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    ScheduledExecutorService progress = Executors.newSingleThreadScheduledExecutor();
    progress.scheduleAtFixedRate(() -> System.err.printf("[bench] %s: %d of %d after %.0f s%n", label, done.get(),
        operations, (System.nanoTime() - start) / 1e9), PROGRESS_SECONDS, PROGRESS_SECONDS, TimeUnit.SECONDS);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        running.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < operations; i = next.getAndIncrement()) {
            long begin = System.nanoTime();
            Http.Answer answer = operation.apply(i);
            latencies.recordValue(Math.min(System.nanoTime() - begin, MAX_LATENCY_NANOS));
            done.incrementAndGet();
            if (!answer.ok()) {
              failures.incrementAndGet();
              synchronized (firstFailure) {
                if (firstFailure.isEmpty()) {
                  firstFailure.add(answer.status() + " " + abbreviate(answer.body()));
                }
              }
            }
          }
          return null;
        }));
      }
      for (Future<?> client : running) {
        client.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BenchException("Interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new BenchException("A client failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
      progress.shutdownNow();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Stats(operations, failures.get(), seconds, millis(latencies.getValueAtPercentile(50)),
        millis(latencies.getValueAtPercentile(95)), millis(latencies.getMaxValue()),
        firstFailure.isEmpty() ? null : firstFailure.get(0));
  }

  static double millis(long nanos) {
    return nanos / 1e6;
  }

  private static String abbreviate(String body) {
    String flat = body == null ? "" : body.replaceAll("\\s+", " ");
    return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
  }
}
