package se.bofast.eviction;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import se.bofast.eviction.SignalIntake.Receipt;

/**
 * Runs {@link SignalIntake} for a signal over REST, safe when several signals for one household arrive at once.
 *
 * <p>{@link SignalIntake#receive} locks the household's open case (SELECT ... FOR
 * UPDATE), so signals for a household with an open case are stored one after the other.
 * The lock cannot cover the very first signals, when there is no case row to lock yet:
 * they race on the unique keys of the open case (each tenant's, co-tenants included, and
 * the household's address with its landlord, see {@link HouseholdCases}) or on the
 * signal's unique source and reference, the database lets one win, and the losers'
 * transactions roll back. Each
 * loser is run again here in a new transaction, which then finds the winner's case and
 * joins it (200), or recognises the same signal (200). Nothing is lost, nothing answers
 * 500, and since this race is expected it is logged at INFO with the case number only.
 *
 * <p>Why a retry and not a lock for the first signal too: a lock needs a row to lock (a
 * lock table per household, a migration) or PostgreSQL's advisory locks (not in H2); the
 * unique key already decides the race correctly on both databases, and the retry costs a
 * second transaction only for the few signals that lose it.
 */
@Component
class SignalRetry {

  static final int ATTEMPTS = 5;

  private static final Logger LOG = LoggerFactory.getLogger(SignalRetry.class);

  private final SignalIntake intake;

  SignalRetry(SignalIntake intake) {
    this.intake = intake;
  }

  Receipt receive(Signal signal, String user) {
    if (TransactionSynchronizationManager.isActualTransactionActive()) {
      throw new IllegalStateException("SignalRetry runs each attempt in its own transaction; call it outside one");
    }
    for (int attempt = 1; ; attempt++) {
      try {
        Receipt receipt = intake.receive(signal, user);
        if (attempt > 1) {
          LOG.info("Signal stored for case {} after a concurrent signal for the household (attempt {})",
              receipt.evictionCase().caseNumber(), attempt);
        }
        return receipt;
      } catch (DataIntegrityViolationException | ConcurrencyFailureException | OptimisticLockingException race) {
        if (attempt >= ATTEMPTS) {
          throw race;
        }
        LOG.debug("Concurrent signal for a household, attempt {} rolled back ({})", attempt,
            race.getClass().getSimpleName());
        pause(attempt);
      }
    }
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(10L * attempt + (long) (Math.random() * 20));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while storing a signal", e);
    }
  }
}
