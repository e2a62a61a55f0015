package se.bofast.client;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricVariableInstanceEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import se.bofast.platform.process.SystemAccess;

/**
 * When a client's marking is set or cleared, the name Tasklist shows follows at once: on every
 * running process about the client (process variable {@code clientId}) the {@code clientDisplayName}
 * is computed anew by {@link ClientNames} and copied onto the open tasks; in the engine's history
 * the variable's value of every process about the client, running or finished, is set to the same
 * name and its earlier values (ACT_HI_DETAIL rows a user's form wrote) are removed, so that the
 * protected person's name is nowhere in the engine. Runs as the application. A module that
 * keeps people in its own records (eviction's tenants) calls {@link #apply} for its processes.
 */
@Component
public class DisplayNameRefresh {

  static final String VAR_CLIENT_ID = "clientId";
  static final String VAR_CASE_NUMBER = "caseNumber";
  static final String VAR_DISPLAY_NAME = "clientDisplayName";

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final HistoryService history;
  private final ProcessEngineConfigurationImpl configuration;
  private final SystemAccess system;
  private final ClientNames names;

  DisplayNameRefresh(RuntimeService runtime, TaskService tasks, HistoryService history,
      ProcessEngineConfiguration configuration, SystemAccess system, ClientNames names) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.history = history;
    this.configuration = (ProcessEngineConfigurationImpl) configuration;
    this.system = system;
    this.names = names;
  }

  /** Brings every process about the client in line with the client's marking; the number of processes changed. */
  int refresh(long clientId) {
    return system.call(() -> {
      for (ProcessInstance instance : runtime.createProcessInstanceQuery()
          .variableValueEquals(VAR_CLIENT_ID, clientId).list()) {
        refreshRunning(clientId, instance.getId());
      }
      List<HistoricProcessInstance> all = history.createHistoricProcessInstanceQuery()
          .variableValueEquals(VAR_CLIENT_ID, clientId).list();
      for (HistoricProcessInstance instance : all) {
        rewriteHistory(clientId, instance.getId());
      }
      return all.size();
    });
  }

  /**
   * Sets the process's display name (running: on the instance and its open tasks' copies; in
   * history: the variable's value, its earlier values removed). Runs as the application.
   */
  public void apply(String processInstanceId, String name) {
    system.run(() -> {
      if (runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0) {
        setRunning(processInstanceId, name);
      }
      rewriteHistory(processInstanceId, name);
    });
  }

  private void refreshRunning(long clientId, String processInstanceId) {
    Map<String, Object> values = runtime.getVariables(processInstanceId, List.of(VAR_CASE_NUMBER, VAR_DISPLAY_NAME));
    if (values.containsKey(VAR_DISPLAY_NAME)) {
      setRunning(processInstanceId, names.taskDisplayName(clientId, (String) values.get(VAR_CASE_NUMBER)));
    }
  }

  private void setRunning(String processInstanceId, String name) {
    runtime.setVariable(processInstanceId, VAR_DISPLAY_NAME, name);
    for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId).list()) {
      if (tasks.getVariableLocal(task.getId(), VAR_DISPLAY_NAME) != null) {
        tasks.setVariableLocal(task.getId(), VAR_DISPLAY_NAME, name);
      }
    }
  }

  private void rewriteHistory(long clientId, String processInstanceId) {
    String caseNumber = history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
        .variableName(VAR_CASE_NUMBER).list().stream().map(v -> v.getValue() instanceof String s ? s : null)
        .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    rewriteHistory(processInstanceId, names.taskDisplayName(clientId, caseNumber));
  }

  private void rewriteHistory(String processInstanceId, String name) {
    List<String> ids = history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
        .variableName(VAR_DISPLAY_NAME).list().stream().filter(v -> v.getTaskId() == null)
        .map(HistoricVariableInstance::getId).toList();
    if (!ids.isEmpty()) {
      configuration.getCommandExecutorTxRequired().execute(rewrite(ids, name));
    }
  }

  /** Sets each historic variable's value to the name and removes its earlier values (ACT_HI_DETAIL). */
  private static Command<Void> rewrite(List<String> historicVariableIds, String name) {
    return context -> {
      for (String id : historicVariableIds) {
        HistoricVariableInstanceEntity variable = context.getDbEntityManager()
            .selectById(HistoricVariableInstanceEntity.class, id);
        if (variable != null && !name.equals(variable.getTextValue())) {
          variable.setTextValue(name);
          variable.setTextValue2(null);
        }
        context.getHistoricDetailManager().deleteHistoricDetailsByVariableInstanceId(id);
      }
      return null;
    };
  }
}
