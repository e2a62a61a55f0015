package se.bofast.platform.process;

import java.util.Set;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;

/**
 * Full history, except for the variables that carry personal data (personnummer, names,
 * alias). Forms must submit those as variables; the process glue stores them in the
 * module's tables and removes them, and this level keeps them out of ACT_HI_* altogether.
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
    if (entity instanceof VariableInstanceEntity variable && PERSONAL_VARIABLES.contains(variable.getName())) {
      return false;
    }
    return super.isHistoryEventProduced(eventType, entity);
  }

  static HistoryLevel instance() {
    return new PersonalDataHistoryLevel();
  }
}
