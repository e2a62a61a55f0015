package se.bofast.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Brings the application to a number of open tasks spread over the staff groups, through the
 * application only: eviction signals (bosamordnare), outreach journeys (case-manager), and
 * journeys taken through the assessment (socialsekreterare decides) or also through the
 * decision (boendelots makes the first contact). The completed assessments and decisions
 * are the journey figure. A decision's referral (Task_WriteReferral) is an asynchronous step:
 * the seeding waits for the job executor to write them before it counts and claims tasks.
 */
final class Seeder {

  /** Share of the open tasks per group. */
  private static final Map<StaffUser, Double> SHARES = new EnumMap<>(Map.of(
      StaffUser.BOSSE, 0.55, StaffUser.KIM, 0.15, StaffUser.SARA, 0.15, StaffUser.LOTTA, 0.15));

  /** Each staff member has taken 1 % of the open tasks (at most this many), for "Mina uppgifter". */
  private static final int MAX_CLAIMED_PER_USER = 200;

  /** The referral jobs that decisions leave (asyncBefore on Task_WriteReferral): waiting, and failed. */
  private static final String REFERRAL_JOBS = "SELECT count(*) FROM act_ru_job j JOIN act_ru_jobdef d"
      + " ON d.id_ = j.job_def_id_ WHERE d.act_id_ = 'Task_WriteReferral' AND d.proc_def_key_ = 'client-journey'";
  private static final String PENDING_REFERRALS = REFERRAL_JOBS + " AND j.retries_ > 0";
  private static final String FAILED_REFERRALS = REFERRAL_JOBS + " AND j.retries_ = 0";
  private static final long REFERRAL_POLL_MILLIS = 250;

  private final Settings settings;
  private final Report report;
  private final Postgres postgres;
  private final String database;
  private final Intake intake;
  private final Journeys journeys;
  private final AtomicInteger journeyIndex = new AtomicInteger();
  private long journeyTasks;
  private double journeySeconds;
  private Load.Stats lastAssessments;
  private final TaskClaims claims;
  private final Map<StaffUser, Integer> claimed = new EnumMap<>(StaffUser.class);

  Seeder(Settings settings, Report report, Postgres postgres, String database, Intake intake, Journeys journeys) {
    this.settings = settings;
    this.report = report;
    this.postgres = postgres;
    this.database = database;
    this.intake = intake;
    this.journeys = journeys;
    this.claims = new TaskClaims(settings.appPort());
  }

  /** Seeds until about {@code total} tasks are open; answers the open tasks per group. */
  Map<StaffUser, Long> seedOpenTasks(int total) {
    Map<StaffUser, Long> open = openTasks();
    int signals = deficit(open, StaffUser.BOSSE, total);
    int outreach = deficit(open, StaffUser.KIM, total);
    int decisions = deficit(open, StaffUser.LOTTA, total);
    int assessments = deficit(open, StaffUser.SARA, total) + decisions;
    report.progress("seeding " + total + " open tasks: " + signals + " signals, " + outreach + " outreach journeys, "
        + assessments + " journeys to assessment, " + decisions + " of them to a decision");
    check("signals", intake.post(signals));
    run("outreach journeys", outreach, i -> journeys.startOutreach(journeyIndex.getAndIncrement()));
    String[] started = new String[assessments];
    run("journey starts", assessments, i -> {
      Http.Answer answer = journeys.startIdentified(journeyIndex.getAndIncrement());
      if (answer.ok()) {
        started[i] = Journeys.instanceId(answer);
      }
      return answer;
    });
    Load.Stats assessed = run("assessments", assessments, i -> journeys.assess(started[i]));
    Load.Stats decided = run("decisions", decisions, i -> journeys.decideTrainingApartment(started[i]));
    awaitReferrals(decisions);
    journeyTasks += assessments + decisions;
    journeySeconds += assessed.seconds() + decided.seconds();
    if (assessments > 0) {
      lastAssessments = assessed;
    }
    int wanted = Math.min(MAX_CLAIMED_PER_USER, total / 100);
    for (StaffUser staff : StaffUser.values()) {
      claimed.merge(staff, claims.claim(staff, wanted - claimed.getOrDefault(staff, 0)), Integer::sum);
    }
    return openTasks();
  }

  /**
   * Waits until the job executor has written every decision's referral, so that the boendelots's
   * first-contact tasks are there to count and claim; fails on a failed job or after the timeout.
   */
  private void awaitReferrals(int decisions) {
    if (decisions == 0) {
      return;
    }
    long started = System.nanoTime();
    long timeoutSeconds = Math.max(120, decisions / 5);
    while (true) {
      long failed = postgres.queryLong(database, FAILED_REFERRALS);
      if (failed > 0) {
        throw new BenchException(failed + " referral jobs (Task_WriteReferral) failed: incidents in Cockpit");
      }
      long pending = postgres.queryLong(database, PENDING_REFERRALS);
      double seconds = (System.nanoTime() - started) / 1e9;
      if (pending == 0) {
        report.progress(String.format("referrals written by the job executor %.1f s after the decisions", seconds));
        return;
      }
      if (seconds > timeoutSeconds) {
        throw new BenchException(pending + " referral jobs (Task_WriteReferral) still waiting after "
            + timeoutSeconds + " s");
      }
      try {
        Thread.sleep(REFERRAL_POLL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new BenchException("Interrupted while waiting for the referral jobs", e);
      }
    }
  }

  /** Completed journey tasks per second over all seeding so far. */
  double journeyTasksPerSecond() {
    return journeySeconds == 0 ? 0 : journeyTasks / journeySeconds;
  }

  long journeyTasks() {
    return journeyTasks;
  }

  /** Latencies of the last seeding's assessments (find, claim, submit-form), or null. */
  Load.Stats lastAssessments() {
    return lastAssessments;
  }

  /** Posts signals until the engine holds {@code target} running process instances. */
  void seedActiveInstances(int target) {
    long running = activeInstances();
    int missing = (int) Math.max(0, target - running);
    report.progress("seeding " + missing + " signals for " + target + " active process instances");
    check("signals", intake.post(missing));
  }

  long activeInstances() {
    return postgres.queryLong(database, "SELECT count(*) FROM act_ru_execution WHERE id_ = proc_inst_id_");
  }

  /** Open tasks per staff group (candidate group of the task). */
  Map<StaffUser, Long> openTasks() {
    Map<StaffUser, Long> open = new EnumMap<>(StaffUser.class);
    for (StaffUser staff : StaffUser.values()) {
      open.put(staff, 0L);
    }
    try (Connection c = postgres.connect(database); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT l.group_id_, count(*) FROM act_ru_task t JOIN act_ru_identitylink l "
            + "ON l.task_id_ = t.id_ AND l.type_ = 'candidate' GROUP BY l.group_id_")) {
      while (rs.next()) {
        for (StaffUser staff : StaffUser.values()) {
          if (staff.group.equals(rs.getString(1))) {
            open.put(staff, rs.getLong(2));
          }
        }
      }
    } catch (SQLException e) {
      throw new BenchException("Cannot count open tasks (" + e.getSQLState() + ")", e);
    }
    return open;
  }

  private static int deficit(Map<StaffUser, Long> open, StaffUser staff, int total) {
    return (int) Math.max(0, Math.round(SHARES.get(staff) * total) - open.get(staff));
  }

  private Load.Stats run(String what, int operations, IntFunction<Http.Answer> operation) {
    return check(what, Load.run(what, settings.sizes().clients(), operations, operation));
  }

  private Load.Stats check(String what, Load.Stats stats) {
    if (stats.failures() > 0) {
      throw new BenchException(stats.failures() + " of " + stats.operations() + " " + what + " failed; first: "
          + stats.firstFailure());
    }
    report.progress(String.format("%s: %d in %.1f s (%.1f/s)", what, stats.operations(), stats.seconds(),
        stats.perSecond()));
    return stats;
  }
}
