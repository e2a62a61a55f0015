package se.bofast.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * What Tasklist sends for the shared filters, as each staff member in a Tasklist session:
 * the filter's first page (15 tasks sorted by due date, HAL with the task variables the filter
 * shows) and its count, one request after the other as one open Tasklist does.
 */
final class TasklistProbe {

  /** The shared filters (created by se.bofast.identity) by their names in Tasklist. */
  static final Map<String, String> FILTERS = new LinkedHashMap<>();

  static {
    FILTERS.put("Min grupps uppgifter", "group");
    FILTERS.put("Mina uppgifter", "mine");
    FILTERS.put("Förfallna", "overdue");
  }

  private static final String ENGINE = "/camunda/api/engine/engine/default";
  /** Tasklist's HttpClient default Accept header and its task list query (taskListQuery, page 1). */
  private static final String HAL = "application/hal+json, application/json; q=0.5";
  private static final String FIRST_PAGE = "{\"processVariables\":[],\"taskVariables\":[],"
      + "\"caseInstanceVariables\":[],\"firstResult\":0,\"maxResults\":15,"
      + "\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}],\"active\":true}";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** p50/p95 of one series; {@code samples} may be below the planned count when the budget ran out. */
  record Series(double p50Millis, double p95Millis, int samples, int timeouts, int failures) {
  }

  private final Settings settings;
  private final Report report;

  TasklistProbe(Settings settings, Report report) {
    this.settings = settings;
    this.report = report;
  }

  /** Measures every filter's list and count for every staff member; key: filter_kind_group. */
  Map<String, Series> measure(String size) {
    Map<String, Series> all = new LinkedHashMap<>();
    int timeouts = 0;
    for (StaffUser staff : StaffUser.values()) {
      Http session = Http.webappSession(settings.appPort(), "tasklist", staff.user, StaffUser.PASSWORD);
      Map<String, String> ids = filterIds(session);
      for (Map.Entry<String, String> filter : FILTERS.entrySet()) {
        String id = ids.get(filter.getKey());
        if (id == null) {
          throw new BenchException("Filter \"" + filter.getKey() + "\" not visible to " + staff.user);
        }
        for (String kind : new String[] {"list", "count"}) {
          Series series = series(session, id, kind);
          String key = filter.getValue() + "_" + kind + "_" + staff.figure();
          all.put(key, series);
          timeouts += series.timeouts();
          report.result("tasklist_" + key + "_" + size + "_p50_ms", series.p50Millis(), "ms");
          report.result("tasklist_" + key + "_" + size + "_p95_ms", series.p95Millis(), "ms");
          report.info("tasklist_" + key + "_" + size + "_samples", series.samples() + " requests, "
              + series.timeouts() + " timed out, " + series.failures() + " failed");
        }
      }
    }
    report.result("tasklist_timeouts_" + size, timeouts, "requests");
    return all;
  }

  private Series series(Http session, String filterId, String kind) {
    Duration timeout = settings.sizes().tasklistTimeout();
    Histogram latencies = new Histogram(timeout.toNanos() * 2, 3);
    long budgetEnds = System.nanoTime() + settings.sizes().tasklistSeriesBudget().toNanos();
    int timeouts = 0;
    int failures = 0;
    int samples = 0;
    while (samples < settings.sizes().tasklistRequests() && (samples < 3 || System.nanoTime() < budgetEnds)) {
      Http.Answer answer = kind.equals("list")
          ? session.postJson(ENGINE + "/filter/" + filterId + "/list?firstResult=0&maxResults=15", FIRST_PAGE, HAL,
              timeout)
          : session.get(ENGINE + "/filter/" + filterId + "/count", "application/json", timeout);
      samples++;
      if (answer.timedOut()) {
        timeouts++;
        latencies.recordValue(Math.min(timeout.toNanos(), latencies.getHighestTrackableValue()));
        if (timeouts >= 2) {
          break;
        }
        continue;
      }
      if (!answer.ok()) {
        failures++;
      }
      latencies.recordValue(Math.min(answer.nanos(), latencies.getHighestTrackableValue()));
    }
    return new Series(Load.millis(latencies.getValueAtPercentile(50)), Load.millis(latencies.getValueAtPercentile(95)),
        samples, timeouts, failures);
  }

  private static Map<String, String> filterIds(Http session) {
    Http.Answer answer = session.get(ENGINE + "/filter?resourceType=Task&itemCount=false");
    if (!answer.ok()) {
      throw new BenchException("Tasklist's filter list answered " + answer.status());
    }
    Map<String, String> ids = new LinkedHashMap<>();
    try {
      for (JsonNode filter : JSON.readTree(answer.body())) {
        ids.put(filter.get("name").asText(), filter.get("id").asText());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ids;
  }

  /** Prints how each series grew from the small to the large task count (p50 large / p50 small). */
  void growth(Map<String, Series> small, Map<String, Series> large) {
    for (Map.Entry<String, Series> entry : large.entrySet()) {
      Series before = small.get(entry.getKey());
      double ratio = entry.getValue().p50Millis() / Math.max(before.p50Millis(), 0.001);
      report.result("tasklist_" + entry.getKey() + "_growth", ratio, "x");
    }
  }
}
