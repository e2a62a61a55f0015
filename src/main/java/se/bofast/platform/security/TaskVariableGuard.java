package se.bofast.platform.security;

import java.lang.reflect.Field;
import static se.bofast.platform.process.CommandFields.field;
import static se.bofast.platform.process.CommandFields.read;

import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cmd.AbstractGetFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmdTyped;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import se.bofast.platform.process.forms.DeployedForms;

/**
 * Least privilege for variables read through a task. The engine lets whoever may read a task
 * read every variable of its process instance through it ({@code /task/{id}/variables},
 * {@code /form-variables}, {@code /variables/{name}}). A user who may read the task but not
 * its process instance (staff: their group's tasks only) reads through the task only what
 * Tasklist shows on it: the task's own (task-local) variables, such as the case number and the
 * client's display name, and the fields of the task's form ({@link DeployedForms}). Users
 * who may read the process instance (enhetschef, camunda-admin) and the application itself
 * read as before. A variable held back reads as absent (the REST API answers 404 for it).
 */
class TaskVariableGuard extends CommandInterceptor {

  private static final Field VARIABLES_TASK = field(GetTaskVariablesCmd.class, "taskId");
  private static final Field VARIABLE_TASK = field(GetTaskVariableCmd.class, "taskId");
  private static final Field VARIABLE_NAME = field(GetTaskVariableCmd.class, "variableName");
  private static final Field TYPED_TASK = field(GetTaskVariableCmdTyped.class, "taskId");
  private static final Field TYPED_NAME = field(GetTaskVariableCmdTyped.class, "variableName");

  private final DeployedForms forms;

  TaskVariableGuard(DeployedForms forms) {
    this.forms = forms;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T execute(Command<T> command) {
    T result = next.execute(command);
    if (result == null) {
      return null;
    }
    if (command instanceof GetTaskVariablesCmd) {
      return (T) visible((String) read(VARIABLES_TASK, command), (VariableMap) result);
    }
    if (command instanceof GetTaskFormVariablesCmd formVariables) {
      return (T) visible(((AbstractGetFormVariablesCmd) formVariables).resourceId, (VariableMap) result);
    }
    if (command instanceof GetTaskVariableCmd) {
      return shown((String) read(VARIABLE_TASK, command), (String) read(VARIABLE_NAME, command)) ? result : null;
    }
    if (command instanceof GetTaskVariableCmdTyped) {
      return shown((String) read(TYPED_TASK, command), (String) read(TYPED_NAME, command)) ? result : null;
    }
    return result;
  }

  private VariableMap visible(String taskId, VariableMap variables) {
    Set<String> shown = shownOn(taskId);
    if (shown == null) {
      return variables;
    }
    VariableMap visible = Variables.createVariables();
    variables.keySet().stream().filter(shown::contains)
        .forEach(name -> visible.putValueTyped(name, variables.getValueTyped(name)));
    return visible;
  }

  private boolean shown(String taskId, String name) {
    Set<String> shown = shownOn(taskId);
    return shown == null || shown.contains(name);
  }

  /** The names the current user may read through the task, or null when nothing is held back. */
  private Set<String> shownOn(String taskId) {
    CommandContext context = Context.getCommandContext();
    TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
    if (task == null || task.getProcessInstanceId() == null || readsProcessInstance(context, task)) {
      return null;
    }
    Set<String> shown = forms.ofTask(context, task).shownVariables();
    shown.addAll(task.getVariableNamesLocal());
    return shown;
  }

  private static boolean readsProcessInstance(CommandContext context, TaskEntity task) {
    Authentication authentication = context.getAuthentication();
    if (authentication == null || authentication.getUserId() == null || !context.isAuthorizationCheckEnabled()) {
      return true;
    }
    ExecutionEntity instance = context.getExecutionManager().findExecutionById(task.getProcessInstanceId());
    try {
      for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
        checker.checkReadProcessInstance(instance);
      }
      return true;
    } catch (AuthorizationException e) {
      return false;
    }
  }
}
