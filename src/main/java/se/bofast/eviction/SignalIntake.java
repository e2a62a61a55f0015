package se.bofast.eviction;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.bofast.platform.CaseNumbers;

/**
 * Signal intake, in one transaction: the signal is validated ({@link SignalRules}), the
 * household's open case found or a new one opened (one household, one case, see
 * {@link HouseholdCases}; the same signal twice is recognised), the tenants it names put on the
 * case, the case reassessed, and its process started or told. Over REST it runs
 * under {@link SignalRetry}; from the Tasklist start form in the start command.
 */
@Service
@Transactional
public class SignalIntake {

  /** What became of a received signal. */
  public record Receipt(boolean created, boolean duplicate, boolean correlated, CaseView evictionCase) {
  }

  private final SignalRules rules;
  private final HouseholdCases household;
  private final CaseAssessment assessment;
  private final EvictionCaseRepository cases;
  private final EvictionSignalRepository signals;
  private final CaseNumbers caseNumbers;
  private final CaseProcess process;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  SignalIntake(SignalRules rules, HouseholdCases household, CaseAssessment assessment, EvictionCaseRepository cases,
      EvictionSignalRepository signals, CaseNumbers caseNumbers, CaseProcess process, Clock clock,
      ApplicationEventPublisher events) {
    this.rules = rules;
    this.household = household;
    this.assessment = assessment;
    this.cases = cases;
    this.signals = signals;
    this.caseNumbers = caseNumbers;
    this.process = process;
    this.clock = clock;
    this.events = events;
  }

  /** A signal over REST: a new household opens a case and starts its process (message EvictionSignalOpened). */
  public Receipt receive(Signal signal, String user) {
    return handle(signal, user, process::start);
  }

  /** A signal from the Tasklist start form: the calling process instance becomes the new case's process. */
  public Receipt receiveInProcess(Signal signal, String user, String processInstanceId) {
    return handle(signal, user, opened -> opened.processInstanceId = processInstanceId);
  }

  private Receipt handle(Signal signal, String user, Consumer<EvictionCase> startProcess) {
    Signal s = rules.check(signal);
    // The household's open case (of any tenant the signal names, or of its address and landlord)
    // is locked first: a concurrent signal for the household waits here until this one is
    // stored, then sees it (the same signal: 200, another: joins the case). Two first signals
    // at once race on the unique open keys of the tenants and the address instead; the loser's
    // transaction rolls back and SignalRetry runs it again, when it finds the case.
    Optional<EvictionCase> open = household.lockOpenCase(s);
    Optional<EvictionSignal> seen = signals.findBySourceAndExternalReference(s.source(), s.externalReference());
    if (seen.isPresent()) {
      EvictionCase known = cases.load(seen.get().caseId);
      return new Receipt(false, true, false,
          CaseView.of(known, signals.findByCaseIdOrderByReceivedAtAscIdAsc(known.id)));
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (open.isPresent()) {
      EvictionCase existing = open.get();
      // the case's signals so far, then this one: it is the latest (received now, the highest id)
      List<EvictionSignal> received = new ArrayList<>(signals.findByCaseIdOrderByReceivedAtAscIdAsc(existing.id));
      received.add(signals.save(new EvictionSignal(existing.id, s, user, now)));
      CaseAssessment.apply(existing, s);
      household.join(existing, s, user, now);
      assessment.reassess(existing, false, received);
      boolean correlated = process.signalReceived(existing);
      return new Receipt(false, false, correlated, CaseView.of(existing, received));
    }
    // A new case is assessed before it is stored, so that it is inserted once with its priority
    // and deadlines (and with every tenant the signal names); its process then reads it from the
    // persistence context.
    EvictionCase created = new EvictionCase(caseNumbers.next("VR", "eviction_case_number_seq"),
        s.tenantPersonalNumber(), s.tenantName(), s.street(), s.postalCode(), s.city(), now.toLocalDate(), user, now);
    CaseAssessment.apply(created, s);
    household.open(created, s, user, now);
    EvictionSignal first = new EvictionSignal(0, s, user, now);
    assessment.reassess(created, true, List.of(first));
    cases.save(created);
    first.caseId = created.id;
    signals.save(first);
    startProcess.accept(created);
    if (EvictionConstants.PRIORITY_URGENT.equals(created.priority)) {
      events.publishEvent(new UrgentCaseRaised(created.id, created.caseNumber));
    }
    return new Receipt(true, false, false, CaseView.of(created, List.of(first)));
  }
}
