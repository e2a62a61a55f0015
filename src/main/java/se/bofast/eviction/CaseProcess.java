package se.bofast.eviction;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import se.bofast.platform.process.SystemAccess;

/** The messages the signal intake sends a case's eviction-prevention process, as the system. */
@Component
class CaseProcess {

  private final RuntimeService runtimeService;
  private final SystemAccess system;

  CaseProcess(RuntimeService runtimeService, SystemAccess system) {
    this.runtimeService = runtimeService;
    this.system = system;
  }

  /** A new case over REST: its process starts (message EvictionSignalOpened) and the case keeps its id. */
  void start(EvictionCase opened) {
    system.run(() -> opened.processInstanceId = runtimeService
        .createMessageCorrelation(EvictionConstants.MESSAGE_CASE_OPENED)
        .processInstanceBusinessKey(opened.caseNumber)
        .setVariables(Map.of(EvictionConstants.VAR_CASE_ID, opened.id))
        .correlateStartMessage().getId());
  }

  /**
   * The case was reassessed from within its process (children learnt in a contact attempt): the
   * process brings its due dates and timers in line as for a later signal, after this transaction
   * (the refresh is a job of its own), so the task being completed is not touched.
   */
  void reassessed(String processInstanceId) {
    system.run(() -> runtimeService.createMessageCorrelation(EvictionConstants.MESSAGE_SIGNAL_RECEIVED)
        .processInstanceId(processInstanceId)
        .correlateAll());
  }

  /** A later signal for an open case: its process reassesses (message EvictionSignalReceived); whether one did. */
  boolean signalReceived(EvictionCase existing) {
    return existing.processInstanceId != null && system.call(() ->
        !runtimeService.createMessageCorrelation(EvictionConstants.MESSAGE_SIGNAL_RECEIVED)
            .processInstanceId(existing.processInstanceId)
            .correlateAllWithResult().isEmpty());
  }
}
