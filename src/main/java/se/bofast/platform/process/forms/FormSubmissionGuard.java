package se.bofast.platform.process.forms;

import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import se.bofast.platform.process.CommandFields;
import se.bofast.platform.web.InvalidInputException;
import se.bofast.platform.web.NotFoundException;

/**
 * What a logged-in user submits to the engine is checked against the deployed forms before
 * the engine stores anything, for every process and every entry point (Tasklist,
 * /engine-rest, /camunda/api/engine, the Java API):
 * <ul>
 * <li>start forms (submit-form, and /start with or without variables) and task forms
 * (submit-form, complete, resolve) through {@link Submission}: a refusal is an
 * {@link InvalidInputException} (400, Tasklist shows the Swedish message); /start answers
 * 400 through the REST layer's own exception, as its resource maps every engine exception
 * to 500; a business key from a user is short and plain (the application sets the case
 * number as business key); the user's right to work the task or start the process is
 * checked first, so that a user without it gets 403 and learns nothing about the form;</li>
 * <li>setting, changing or removing variables directly, correlating messages, signals,
 * process instance modification and restarts: only {@code camunda-admin} may (403 for staff,
 * whose only way to write is their task's form).</li>
 * </ul>
 * The application's own calls are not checked: they run without a user ({@code SystemAccess},
 * jobs) or inside a command already checked (the glue of a task or a start event).
 */
public final class FormSubmissionGuard extends CommandInterceptor {

  /** Commands that write variables or move a process other than through a form. */
  private static final Set<String> PRIVILEGED = Set.of(
      "AbstractSetVariableCmd", "AbstractPatchVariablesCmd", "AbstractRemoveVariableCmd",
      "AbstractCorrelateMessageCmd", "MessageEventReceivedCmd", "SignalEventReceivedCmd", "SignalCmd",
      "StartProcessInstanceAtActivitiesCmd", "ModifyProcessInstanceCmd", "ModifyProcessInstanceAsyncCmd",
      "ProcessInstanceModificationBatchCmd", "SetVariablesToProcessInstancesBatchCmd",
      "RestartProcessInstancesCmd", "RestartProcessInstancesBatchCmd", "EvaluateStartConditionCmd",
      "HandleTaskBpmnErrorCmd", "HandleTaskEscalationCmd");

  /** The application sets the case number as business key; a user's own is short and plain. */
  private static final java.util.regex.Pattern BUSINESS_KEY = java.util.regex.Pattern.compile("[A-Za-z0-9_.:-]{1,64}");

  private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

  private final DeployedForms forms = new DeployedForms();

  /** Runs inside the command context (after the engine's CommandContextInterceptor). */
  public static void register(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPostCommandInterceptorsTxRequired().add(new FormSubmissionGuard());
  }

  @Override
  public <T> T execute(Command<T> command) {
    int[] depth = DEPTH.get();
    if (depth[0] == 0) {
      inspect(command);
    }
    depth[0]++;
    try {
      return next.execute(command);
    } finally {
      depth[0]--;
    }
  }

  private void inspect(Command<?> command) {
    CommandContext context = Context.getCommandContext();
    Authentication user = context == null ? null : context.getAuthentication();
    if (user == null || user.getUserId() == null) {
      return;
    }
    if (command instanceof SubmitTaskFormCmd || command instanceof CompleteTaskCmd) {
      Map<String, ?> variables = CommandFields.read(command, command instanceof SubmitTaskFormCmd ? "properties" : "variables");
      checkTask(context, CommandFields.read(command, "taskId"), variables);
    } else if (command instanceof SubmitStartFormCmd) {
      checkStart(context, definition(context, CommandFields.read(command, "processDefinitionId"), null, null),
          CommandFields.read(command, "businessKey"), CommandFields.read(command, "variables"));
    } else if (command instanceof StartProcessInstanceCmd) {
      ProcessInstantiationBuilderImpl builder = CommandFields.read(command, "instantiationBuilder");
      try {
        checkStart(context, definition(context, builder.getProcessDefinitionId(), builder.getProcessDefinitionKey(),
            builder.getTenantId()), builder.getBusinessKey(), builder.getVariables());
      } catch (InvalidInputException e) {
        // /process-definition/.../start maps every engine exception to 500, but keeps a REST status
        throw new InvalidRequestException(jakarta.ws.rs.core.Response.Status.BAD_REQUEST, e.getMessage());
      }
    } else if (isPrivileged(command) && !isAdmin(user)) {
      throw new AuthorizationException(
          "Variabler och processer kan inte ändras direkt; fyll i uppgiftens formulär i Tasklist.");
    }
  }

  private void checkTask(CommandContext context, String taskId, Map<String, ?> variables) {
    TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
    if (task == null) {
      // completed by a colleague, or never there: the engine would answer with a server error
      throw new NotFoundException("Uppgiften finns inte längre: den kan redan vara slutförd. Uppdatera uppgiftslistan.");
    }
    for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
      checker.checkTaskWork(task); // 403 before anything about the form
    }
    Submission.check(forms.ofTask(context, task), variables, name -> {
      TypedValue value = task.getVariableTyped(name, false);
      return value == null ? null : value instanceof SerializableValue ? value : value.getValue();
    }, true);
  }

  private void checkStart(CommandContext context, ProcessDefinitionEntity definition, String businessKey,
      Map<String, ?> variables) {
    if (definition == null) {
      return; // the command itself answers "not found"
    }
    for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
      checker.checkCreateProcessInstance(definition); // 403 before anything about the form
    }
    if (businessKey != null && !BUSINESS_KEY.matcher(businessKey).matches()) {
      throw new InvalidInputException("businessKey",
          "Affärsnyckeln får vara högst 64 tecken: bokstäver, siffror och - _ . :");
    }
    Submission.check(forms.ofStart(context, definition), variables, name -> null, true);
  }

  private static ProcessDefinitionEntity definition(CommandContext context, String id, String key, String tenantId) {
    DeploymentCache cache = context.getProcessEngineConfiguration().getDeploymentCache();
    try {
      if (id != null) {
        return cache.findDeployedProcessDefinitionById(id);
      }
      return tenantId == null ? cache.findDeployedLatestProcessDefinitionByKey(key)
          : cache.findDeployedLatestProcessDefinitionByKeyAndTenantId(key, tenantId);
    } catch (ProcessEngineException notFound) {
      return null;
    }
  }

  private static boolean isPrivileged(Command<?> command) {
    for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
      if (PRIVILEGED.contains(type.getSimpleName())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAdmin(Authentication user) {
    return user.getGroupIds() != null && user.getGroupIds().contains(Groups.CAMUNDA_ADMIN);
  }
}
