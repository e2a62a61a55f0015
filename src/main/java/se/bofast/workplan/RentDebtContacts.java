package se.bofast.workplan;

import static se.bofast.workplan.WorkPlanConstants.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.bofast.client.ClientNames;
import se.bofast.eviction.ChainClientRentDebt;
import se.bofast.platform.process.SystemAccess;

/**
 * Rent debt threatens a client in the housing chain. Seed 003 asks the work plan to agree on
 * how the contact with the socialsekreterare goes ("Av stor vikt är att i arbetsplanen tydligt
 * komma överens om hur kontakt med socialsekreterare ska se ut"), above all when rent debt
 * threatens. So the socialsekreterare the client's work plan names gets the task
 * "Kontakta klienten om hyresskulden enligt arbetsplanen" with the eviction case's number. A
 * plain {@link EventListener}: the task is created in the transaction that opened or joined the
 * case, so the signal and the task commit together. Without a current plan the task goes to the
 * client's named socialsekreterare (the team's assignment), or to the group.
 */
@Component
class RentDebtContacts {

  private final WorkPlans plans;
  private final ClientNames names;
  private final RuntimeService runtime;
  private final SystemAccess system;

  RentDebtContacts(WorkPlans plans, ClientNames names, RuntimeService runtime, SystemAccess system) {
    this.plans = plans;
    this.names = names;
    this.runtime = runtime;
    this.system = system;
  }

  @EventListener
  void on(ChainClientRentDebt event) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_CLIENT_ID, event.clientId());
    variables.put(VAR_CASE_NUMBER, event.caseNumber());
    variables.put(VAR_CLIENT_DISPLAY_NAME, names.taskDisplayName(event.clientId(), event.caseNumber()));
    variables.put("evictionCaseId", event.caseId());
    variables.put(VAR_RENT_DEBT_CONTACT, plans.agreedRentDebtContact(event.clientId()).orElse(null));
    system.run(() -> runtime.createProcessInstanceByKey(PROCESS_RENT_DEBT).businessKey(event.caseNumber())
        .setVariables(variables).execute());
  }
}
