package se.bofast.eviction;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;
import se.bofast.platform.process.SystemAccess;

/**
 * Whose journal an eviction case's entries go to, for the case's journal over REST: the case's
 * number, and the client when the tenant is a client in the housing chain — the same client the
 * case's tasks write to, as its process found it when it loaded the case ({@code clientId}, kept in
 * the process's history, which stays after the process ends until its time to live).
 */
@Component
class CaseJournalSubjects {

  /** An existing case's number, and its chain client or null. */
  record Subject(String caseNumber, Long clientId) {
  }

  private final EvictionCaseRepository cases;
  private final HistoryService historyService;
  private final SystemAccess system;

  CaseJournalSubjects(EvictionCaseRepository cases, HistoryService historyService, SystemAccess system) {
    this.cases = cases;
    this.historyService = historyService;
    this.system = system;
  }

  /** The case's subject, or 404 in Swedish when there is no such case. */
  Subject of(long caseId) {
    EvictionCase c = cases.load(caseId);
    return new Subject(c.caseNumber, c.processInstanceId == null ? null : chainClientId(c.processInstanceId));
  }

  /** Read as the application: the caller's group was checked by the endpoint, and staff may not read history. */
  private Long chainClientId(String processInstanceId) {
    return system.call(() -> historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId).variableName(EvictionConstants.VAR_CHAIN_CLIENT_ID).list().stream()
        .map(HistoricVariableInstance::getValue)
        .filter(Number.class::isInstance).map(value -> ((Number) value).longValue())
        .findFirst().orElse(null));
  }
}
