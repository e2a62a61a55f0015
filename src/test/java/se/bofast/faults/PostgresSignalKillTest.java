package se.bofast.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.bofast.support.TestPersonnummer;

/**
 * The application killed with SIGKILL while landlords' systems post eviction signals, then
 * restarted, round after round: every acknowledged signal has its case, every case exactly
 * one process instance (business key = case number), nothing twice, no orphan; the signals
 * cut in flight are re-sent, as a sender without an answer does, without duplicates.
 *
 * <p>Rounds: {@code -Dbofast.faults.rounds=6} (default 3; each round costs a start).
 */
class PostgresSignalKillTest {

  static final int ROUNDS = Integer.getInteger("bofast.faults.rounds", 3);
  static final int NEW_HOUSEHOLDS_PER_ROUND = 70;
  static final int FOLLOW_UPS_PER_ROUND = 20;
  static final int CLIENTS = 4;

  static FaultDatabase db;
  static AppProcess app;

  /** Every signal sent so far, by reference, and the household (personnummer) it is about. */
  final Map<String, SignalStream.Signal> sent = new LinkedHashMap<>();

  @BeforeAll
  static void startTheApplication() {
    db = FaultDatabase.createEmpty("faults_signal_kill");
    app = new AppProcess("signals", db.url);
    app.launch();
    app.awaitUp();
    Figures.record("kill test: first start %.1f s", app.lastStartup().toMillis() / 1000.0);
  }

  @AfterAll
  static void stopTheApplication() {
    try (FaultDatabase closing = db; AppProcess running = app) {
      // closed in reverse order: the application first, then the database lease
    }
  }

  @Test
  void killedMidStreamNothingAcknowledgedIsLostNothingIsDuplicated() {
    int posts = 0;
    int acknowledgedAtKill = 0;
    int cutInFlight = 0;
    int cutButStored = 0;
    List<Double> restarts = new ArrayList<>();
    for (int round = 1; round <= ROUNDS; round++) {
      List<SignalStream.Signal> batch = batch(round);
      int killAfter = batch.size() / 4 + 9 * round;

      SignalStream.Result killed = new SignalStream(app, CLIENTS).sendAndKill(batch, app, killAfter);
      assertThat(killed.unexpected()).as("answers other than 200/201 before the kill").isEmpty();
      assertThat(killed.acknowledged().size()).as("acknowledged before the kill").isGreaterThanOrEqualTo(killAfter);
      assertThat(killed.acknowledged().size() + killed.cut().size() + killed.unsent().size()).isEqualTo(batch.size());
      posts += killed.acknowledged().size() + killed.cut().size();
      acknowledgedAtKill += killed.acknowledged().size();
      cutInFlight += killed.cut().size();

      app.launch();
      app.awaitUp();
      restarts.add(app.lastStartup().toMillis() / 1000.0);

      // the sender re-sends what got no answer; then the rest of the stream follows
      SignalStream.Result resent = new SignalStream(app, CLIENTS).sendAll(killed.cut());
      assertThat(resent.unexpected()).as("answers to re-sent signals").isEmpty();
      assertThat(resent.acknowledged()).hasSameSizeAs(killed.cut());
      cutButStored += storedBeforeTheKill(killed.cut(), resent);
      SignalStream.Result rest = new SignalStream(app, CLIENTS).sendAll(killed.unsent());
      assertThat(rest.unexpected()).as("answers after the restart").isEmpty();
      assertThat(rest.acknowledged()).hasSameSizeAs(killed.unsent());
      posts += resent.acknowledged().size() + rest.acknowledged().size();

      everyAcknowledgedSignalHasItsCaseAndOneInstanceAndNoOrphans();
      Figures.record("kill test round %d: %d signals, SIGKILL after %d acknowledged, %d cut in flight, %d not yet sent;"
              + " restart %.1f s", round, batch.size(), killed.acknowledged().size(), killed.cut().size(),
          killed.unsent().size(), app.lastStartup().toMillis() / 1000.0);
    }
    long cases = db.count("SELECT count(*) FROM eviction_case");
    Figures.record("kill test: %d rounds, %d signals (%d households), %d posts, %d acknowledged before a kill,"
            + " %d cut in flight and re-sent (%d of them had been stored before the kill, answered 200 on re-send),"
            + " %d cases, %d process instances, restarts %s s", ROUNDS, sent.size(), cases, posts, acknowledgedAtKill,
        cutInFlight, cutButStored, cases, db.count("SELECT count(*) FROM act_hi_procinst WHERE proc_def_key_ ="
            + " 'eviction-prevention'"), restarts);
    assertThat(sent).hasSize(ROUNDS * NEW_HOUSEHOLDS_PER_ROUND + (ROUNDS - 1) * FOLLOW_UPS_PER_ROUND);
  }

  /** New households, and (from round 2) a later signal for some households of earlier rounds. */
  private List<SignalStream.Signal> batch(int round) {
    List<SignalStream.Signal> batch = new ArrayList<>();
    List<SignalStream.Signal> earlier = new ArrayList<>(sent.values());
    for (int i = 0; i < NEW_HOUSEHOLDS_PER_ROUND; i++) {
      batch.add(new SignalStream.Signal("KILL-" + round + "-" + i, TestPersonnummer.next()));
      if (round > 1 && i < FOLLOW_UPS_PER_ROUND) {
        String household = earlier.get((i * 7 + round) % earlier.size()).personnummer();
        batch.add(new SignalStream.Signal("KILL-" + round + "-" + i + "-LATER", household));
      }
    }
    batch.forEach(s -> sent.put(s.reference(), s));
    return batch;
  }

  /** A re-sent new-household signal answered 200 had been stored before the kill (its answer was lost). */
  private static int storedBeforeTheKill(List<SignalStream.Signal> cut, SignalStream.Result resent) {
    long newHouseholds = cut.stream().filter(s -> !s.reference().endsWith("-LATER")).count();
    long laterSignals = cut.size() - newHouseholds;
    return (int) (resent.known() - laterSignals);
  }

  private void everyAcknowledgedSignalHasItsCaseAndOneInstanceAndNoOrphans() {
    Map<String, String> stored = new HashMap<>();
    db.jdbc.query("SELECT s.external_reference, c.tenant_personal_number FROM eviction_signal s"
            + " JOIN eviction_case c ON c.id = s.case_id",
        row -> {
          stored.put(row.getString(1), row.getString(2));
        });
    Map<String, String> expected = new HashMap<>();
    sent.values().forEach(s -> expected.put(s.reference(), s.storedPersonnummer()));
    assertThat(stored).as("each signal stored once, on its household's case").isEqualTo(expected);
    assertThat(db.count("SELECT count(*) FROM eviction_signal")).isEqualTo(sent.size());

    long households = sent.values().stream().map(SignalStream.Signal::personnummer).distinct().count();
    assertThat(db.count("SELECT count(*) FROM eviction_case")).as("one case per household").isEqualTo(households);
    assertThat(db.count("SELECT count(DISTINCT tenant_personal_number) FROM eviction_case")).isEqualTo(households);

    assertThat(db.jdbc.queryForList("SELECT c.case_number FROM eviction_case c WHERE c.process_instance_id IS NULL"
        + " OR (SELECT count(*) FROM act_hi_procinst p WHERE p.business_key_ = c.case_number) <> 1"
        + " OR NOT EXISTS (SELECT 1 FROM act_hi_procinst p WHERE p.id_ = c.process_instance_id"
        + "   AND p.business_key_ = c.case_number AND p.proc_def_key_ = 'eviction-prevention')"
        + " OR (SELECT count(*) FROM act_ru_execution e WHERE e.id_ = e.proc_inst_id_"
        + "   AND e.business_key_ = c.case_number) <> 1", String.class))
        .as("cases without exactly one (running) process instance").isEmpty();
    assertThat(db.count("SELECT count(*) FROM act_hi_procinst p WHERE p.proc_def_key_ = 'eviction-prevention'"
        + " AND NOT EXISTS (SELECT 1 FROM eviction_case c WHERE c.process_instance_id = p.id_)"))
        .as("process instances without a case").isZero();
    assertThat(db.count("SELECT count(*) FROM act_ru_execution e JOIN act_re_procdef d ON d.id_ = e.proc_def_id_"
        + " WHERE d.key_ = 'eviction-prevention' AND e.id_ = e.proc_inst_id_"
        + " AND NOT EXISTS (SELECT 1 FROM eviction_case c WHERE c.process_instance_id = e.id_)"))
        .as("running instances without a case").isZero();
  }
}
