package se.bofast.platform.process;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The ids a task's glue works on (the client, journey, case, plan, partner) and the case
 * number, read from the process the task belongs to: from the task's execution and the
 * scopes above it, never from the task's own variables, where a form submission or a user's
 * variable update would land. That nothing a user sends reaches these variables at all is
 * {@code platform.process.forms.FormSubmissionGuard}'s job; this keeps the glue from trusting
 * the task scope even so.
 */
public final class ProcessIds {

  private ProcessIds() {
  }

  public static long id(DelegateTask task, String name) {
    Object value = task.getExecution().getVariable(name);
    if (!(value instanceof Number number)) {
      throw new IllegalStateException("The process of task " + task.getId() + " holds no " + name);
    }
    return number.longValue();
  }

  public static String text(DelegateTask task, String name) {
    Object value = task.getExecution().getVariable(name);
    return value == null ? null : value.toString();
  }
}
