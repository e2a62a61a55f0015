package se.bofast.platform.process.forms;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.form.CamundaFormRefImpl;
import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;

/**
 * The Camunda Form of a user task or of a process's start event, resolved the way the
 * engine resolves camunda:formRef (binding deployment, latest or version) and parsed once
 * per deployed form definition (deployed resources never change).
 */
public final class DeployedForms {

  private final Map<String, FormSchema> byDefinitionId = new ConcurrentHashMap<>();

  public FormSchema ofTask(CommandContext context, TaskEntity task) {
    if (task.getTaskDefinition() == null) {
      return FormSchema.NONE;
    }
    task.initializeFormKey();
    CamundaFormRef ref = task.getCamundaFormRef();
    return ref == null ? FormSchema.NONE : load(context, ref, deploymentOf(context, task.getProcessDefinitionId()));
  }

  FormSchema ofStart(CommandContext context, ProcessDefinitionEntity definition) {
    FormDefinition form = definition.getStartFormDefinition();
    Expression key = form == null ? null : form.getCamundaFormDefinitionKey();
    if (key == null) {
      return FormSchema.NONE;
    }
    CamundaFormRefImpl ref = new CamundaFormRefImpl(key.getExpressionText(), form.getCamundaFormDefinitionBinding());
    if (form.getCamundaFormDefinitionVersion() != null) {
      ref.setVersion(Integer.valueOf(form.getCamundaFormDefinitionVersion().getExpressionText()));
    }
    return load(context, ref, definition.getDeploymentId());
  }

  private static String deploymentOf(CommandContext context, String processDefinitionId) {
    return processDefinitionId == null ? null : context.getProcessEngineConfiguration().getDeploymentCache()
        .findDeployedProcessDefinitionById(processDefinitionId).getDeploymentId();
  }

  private FormSchema load(CommandContext context, CamundaFormRef ref, String deploymentId) {
    CamundaFormDefinition definition = new GetCamundaFormDefinitionCmd(ref, deploymentId).execute(context);
    if (definition == null) {
      throw new IllegalStateException("The form " + ref.getKey() + " is not deployed");
    }
    return byDefinitionId.computeIfAbsent(definition.getId(), id -> {
      ResourceEntity resource = context.getResourceManager()
          .findResourceByDeploymentIdAndResourceName(definition.getDeploymentId(), definition.getResourceName());
      return FormSchema.parse(resource.getBytes());
    });
  }
}
