package se.bofast.platform.process;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.Task;

/**
 * Tasklist shows the case number, the client's display name and the priority in Swedish on each
 * task (the shared filters' {@code variables} property), but staff may read their tasks, not the
 * process instances: the engine hides process variables from them. So every user task gets a
 * copy of these variables as task-local variables when it is created, which whoever may read the
 * task may read. Nothing else is copied; the values are the ones the process holds anyway. A
 * step that changes one of them on the instance (a later signal raises the priority) calls
 * {@link #refreshCopies} so that the open tasks show the new value.
 */
public class TaskListVariables extends AbstractBpmnParseListener {

  /** What Tasklist lists on each task: whoever may read the task may read these. */
  public static final List<String> NAMES = List.of("caseNumber", "clientDisplayName", "priorityLabel");

  static final TaskListener COPY = TaskListVariables::copy;

  private static void copy(DelegateTask task) {
    for (String name : NAMES) {
      Object value = task.getVariable(name);
      if (value != null && !task.hasVariableLocal(name)) {
        task.setVariableLocal(name, value);
      }
    }
  }

  /** Brings the copies on the open tasks of the execution's process instance in line with the instance's values. */
  public static void refreshCopies(DelegateExecution execution) {
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list()) {
      Map<String, Object> copies = tasks.getVariablesLocal(task.getId(), NAMES);
      for (Map.Entry<String, Object> copy : copies.entrySet()) {
        Object value = execution.getProcessInstance().getVariable(copy.getKey());
        if (value != null && !value.equals(copy.getValue())) {
          tasks.setVariableLocal(task.getId(), copy.getKey(), value);
        }
      }
    }
  }

  /** Whether the variable is such a copy: task-local, named as one of {@link #NAMES}. */
  static boolean isCopy(VariableInstanceEntity variable) {
    return variable.getTaskId() != null && NAMES.contains(variable.getName());
  }

  @Override
  public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
    if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
      behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, COPY);
    }
  }
}
