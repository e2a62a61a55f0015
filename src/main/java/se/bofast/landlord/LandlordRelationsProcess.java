package se.bofast.landlord;

import static se.bofast.landlord.LandlordConstants.*;

import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;
import se.bofast.housing.Step;
import se.bofast.platform.process.SystemAccess;

/**
 * The glue between the partner register and each partner's landlord-relations instance
 * (business key: the partner id): starts it, moves its contact timer and sends it the
 * register's messages. The engine is called as the system user ({@link SystemAccess}), in the
 * caller's transaction: a refusal by the engine rolls back what the register stored with it.
 * Variables carry ids, flags and the organisation's name only.
 */
@Component
class LandlordRelationsProcess {

  private final RuntimeService runtimeService;
  private final ManagementService managementService;
  private final SystemAccess system;

  LandlordRelationsProcess(RuntimeService runtimeService, ManagementService managementService, SystemAccess system) {
    this.runtimeService = runtimeService;
    this.managementService = managementService;
    this.system = system;
  }

  /** Starts the partner's landlord-relations instance; returns its id. */
  String start(long partnerId, String partnerName, PartnerKind kind) {
    return system.call(() -> runtimeService
        .startProcessInstanceByKey(PROCESS_KEY, String.valueOf(partnerId), Map.of(
            VAR_PARTNER_ID, partnerId,
            VAR_PARTNER_NAME, partnerName,
            VAR_PARTNER_KIND, kind.name()))
        .getId());
  }

  /** The contact interval changed: the running contact timer is moved (counted from when it started). */
  void moveContactTimer(String processInstanceId) {
    system.call(() -> {
      for (Job timer : managementService.createJobQuery().processInstanceId(processInstanceId).timers()
          .activityId("Timer_NextContact").list()) {
        managementService.recalculateJobDuedate(timer.getId(), true);
      }
      return null;
    });
  }

  /** The cooperation ended: the instance ends (message PartnerDeactivated). */
  void partnerDeactivated(String processInstanceId) {
    system.call(() -> runtimeService.createMessageCorrelation(MESSAGE_PARTNER_DEACTIVATED)
        .processInstanceId(processInstanceId)
        .correlateAllWithResult());
  }

  /**
   * The chain needs apartments: the bosamordnare gets "Förhandla om lägenheter" (message
   * ApartmentNeedRaised); the need's variables live on the negotiation's own scope.
   */
  void apartmentNeedRaised(String processInstanceId, long needId, Step kind, int count) {
    system.call(() -> runtimeService.createMessageCorrelation(MESSAGE_APARTMENT_NEED_RAISED)
        .processInstanceId(processInstanceId)
        .setVariablesToTriggeredScope(Map.of(
            VAR_NEED_ID, needId,
            VAR_NEED_KIND, kind.name(),
            VAR_NEED_COUNT, count,
            VAR_APARTMENTS_OBTAINED, false))
        .correlateWithResult());
  }

  /**
   * A trial apartment's takeover request (message TakeoverRequested); the answer's variables
   * live on the negotiation's own scope, so that two clients' requests never share them.
   */
  void takeoverRequested(String processInstanceId, Map<String, Object> negotiationScope) {
    system.run(() -> runtimeService.createMessageCorrelation(MESSAGE_TAKEOVER_REQUESTED)
        .processInstanceId(processInstanceId)
        .setVariablesToTriggeredScope(negotiationScope)
        .correlate());
  }
}
