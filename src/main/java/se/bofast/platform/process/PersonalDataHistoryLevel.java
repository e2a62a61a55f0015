package se.bofast.platform.process;

import java.util.Set;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;

/**
 * Full history, except for the variables that carry personal data (personnummer, names,
 * alias). Forms must submit those as variables; the process glue stores them in the
 * module's tables and removes them, and this level keeps them out of ACT_HI_* altogether.
 *
 * <p>Two kinds of rows full history would write are left out because they repeat what is
 * recorded elsewhere (issue 10: they were a third of the rows an eviction signal wrote):
 * <ul>
 *   <li>the task-local copies of the case number and the client's display name that
 *       {@link TaskListVariables} puts on each user task for Tasklist: the process's own
 *       variables of the same names and values are in history;</li>
 *   <li>the variable-update details (ACT_HI_DETAIL) of values the application itself sets, that
 *       is, written while no user is authenticated (the /api intake runs the engine as the
 *       application, {@link SystemAccess}; timers and asynchronous steps run in the job
 *       executor). Those variables are ids, flags and dates copied from the module's tables,
 *       which are the record (every signal with the time it was received, every case with its
 *       deadlines); ACT_HI_VARINST still holds each variable. What a user submits in a form or
 *       over the REST API keeps its detail row: who changed which value in which task.</li>
 * </ul>
 */
public class PersonalDataHistoryLevel extends HistoryLevelFull {

  public static final String NAME = "full-without-personal-data";
  public static final int ID = 42;

  /** Form keys that carry personal data, wherever they are used. */
  public static final Set<String> PERSONAL_VARIABLES = Set.of(
      "personalNumber", "firstName", "lastName", "alias", "tenantName", "tenantPersonalNumber", "street",
      // free text about a contact with a landlord (landlord-relations), which may name tenants
      "contactSubject", "contactOutcome",
      // followup: SIP participants' names, and free texts about the client's assessments and plan
      "psychiatryName", "addictionCareName", "otherName", "assessmentResult", "followupNote", "declineNote",
      "socialServicesAction", "psychiatryAction", "addictionCareAction", "otherAction", "clientAction");

  @Override
  public int getId() {
    return ID;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
    // submitted form fields are already recorded as variable updates; this event would record
    // every field, personal data included, without the variable name to filter on
    if (eventType == HistoryEventTypes.FORM_PROPERTY_UPDATE) {
      return false;
    }
    if (entity instanceof VariableInstanceEntity variable
        && (PERSONAL_VARIABLES.contains(variable.getName()) || TaskListVariables.isCopy(variable))) {
      return false;
    }
    if (eventType == HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL && !byUser()) {
      return false;
    }
    return super.isHistoryEventProduced(eventType, entity);
  }

  /** Whether the command writing the event runs for an authenticated user. */
  private static boolean byUser() {
    CommandContext command = Context.getCommandContext();
    return command != null && command.getAuthenticatedUserId() != null;
  }

  static HistoryLevel instance() {
    return new PersonalDataHistoryLevel();
  }
}
