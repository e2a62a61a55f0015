package se.bofast.platform.process;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Tasklist shows the case number and the client's display name on each task (the shared
 * filters' {@code variables} property), but staff may read their tasks, not the process
 * instances: the engine hides process variables from them. So every user task gets a copy of
 * these two variables as task-local variables when it is created, which whoever may read the
 * task may read. Nothing else is copied; the values are the ones the process holds anyway.
 */
public class TaskListVariables extends AbstractBpmnParseListener {

  /** What Tasklist lists on each task: whoever may read the task may read these. */
  public static final List<String> NAMES = List.of("caseNumber", "clientDisplayName");

  static final TaskListener COPY = TaskListVariables::copy;

  private static void copy(DelegateTask task) {
    for (String name : NAMES) {
      Object value = task.getVariable(name);
      if (value != null && !task.hasVariableLocal(name)) {
        task.setVariableLocal(name, value);
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
