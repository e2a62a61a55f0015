package se.bofast.retention;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The engine's side of a client: the process instances that carry the client's id (as a Long or an
 * Integer variable) or that a module started for the client. A running one holds the client; the
 * history of the ended ones is deleted with the client's records (HistoryService: the instances with
 * their activities, tasks, variables, details, comments, attachments, incidents and job logs; their
 * decision instances and operation-log entries separately, as the engine leaves those).
 */
@Component
class EngineInstances {

  static final String VAR_CLIENT_ID = "clientId";

  private final RuntimeService runtime;
  private final HistoryService history;

  EngineInstances(RuntimeService runtime, HistoryService history) {
    this.runtime = runtime;
    this.history = history;
  }

  /** @param clientId null for a case without a client: only the module's instances count */
  boolean running(Long clientId, Set<String> moduleInstances) {
    if (clientId != null && (runtime.createProcessInstanceQuery().variableValueEquals(VAR_CLIENT_ID, clientId)
        .count() > 0 || (clientId <= Integer.MAX_VALUE && runtime.createProcessInstanceQuery()
            .variableValueEquals(VAR_CLIENT_ID, clientId.intValue()).count() > 0))) {
      return true;
    }
    return !moduleInstances.isEmpty()
        && runtime.createProcessInstanceQuery().processInstanceIds(moduleInstances).count() > 0;
  }

  /** Deletes the history of the client's ended instances; returns how many instances. */
  int deleteHistory(Long clientId, Set<String> moduleInstances) {
    Set<String> ids = new HashSet<>();
    if (clientId != null) {
      ids.addAll(ids(history.createHistoricProcessInstanceQuery()
          .variableValueEquals(VAR_CLIENT_ID, clientId).finished().list()));
    }
    if (clientId != null && clientId <= Integer.MAX_VALUE) {
      ids.addAll(ids(history.createHistoricProcessInstanceQuery()
          .variableValueEquals(VAR_CLIENT_ID, clientId.intValue()).finished().list()));
    }
    if (!moduleInstances.isEmpty()) {
      ids.addAll(ids(history.createHistoricProcessInstanceQuery().processInstanceIds(moduleInstances)
          .finished().list()));
    }
    if (ids.isEmpty()) {
      return 0;
    }
    for (String id : ids) {   // neither goes with the instance (DeleteHistoricProcessInstancesCmd)
      List<String> decisions = history.createHistoricDecisionInstanceQuery().processInstanceId(id).list().stream()
          .map(HistoricDecisionInstance::getId).toList();
      if (!decisions.isEmpty()) {
        history.deleteHistoricDecisionInstancesBulk(decisions);
      }
      history.createUserOperationLogQuery().processInstanceId(id).list()
          .forEach(entry -> history.deleteUserOperationLogEntry(entry.getId()));
    }
    history.deleteHistoricProcessInstancesIfExists(List.copyOf(ids));
    return ids.size();
  }

  private static List<String> ids(List<HistoricProcessInstance> instances) {
    return instances.stream().map(HistoricProcessInstance::getId).toList();
  }

}
