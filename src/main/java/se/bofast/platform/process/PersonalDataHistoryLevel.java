package se.bofast.platform.process;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;

/**
 * Full history, except for the variables that carry personal data (personnummer, names,
 * alias, free text): each module declares its own as {@link PersonalDataVariables}. Forms must
 * submit those as variables; the process glue stores them in the module's tables and removes
 * them, and this level keeps them out of ACT_HI_* altogether.
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

  /** The union of the modules' {@link PersonalDataVariables}: never in history. */
  private final Set<String> personalVariables;

  PersonalDataHistoryLevel(Set<String> personalVariables) {
    this.personalVariables = Set.copyOf(personalVariables);
  }

  /** The level for the modules' declarations: the union of their names. */
  static PersonalDataHistoryLevel of(Collection<? extends PersonalDataVariables> declarations) {
    Set<String> names = new HashSet<>();
    declarations.forEach(declaration -> names.addAll(declaration.names()));
    return new PersonalDataHistoryLevel(names);
  }

  /** The variable names this level keeps out of history: the union of the modules' declarations. */
  public Set<String> personalVariables() {
    return personalVariables;
  }

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
        && (personalVariables.contains(variable.getName()) || TaskListVariables.isCopy(variable))) {
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
}
