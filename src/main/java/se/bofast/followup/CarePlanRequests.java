package se.bofast.followup;

import static se.bofast.followup.FollowupConstants.MESSAGE_SIP_NEEDED;
import static se.bofast.followup.FollowupConstants.VAR_CARE_PLAN_ID;
import static se.bofast.followup.FollowupConstants.VAR_CLIENT_ID;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.bofast.client.ClientService;
import se.bofast.client.ClientView;
import se.bofast.platform.process.SystemAccess;

/**
 * The SIP target group (clients with samsjuklighet) and the flag: a care-plan started from code
 * by its message start event, whose consent task is the flag in Tasklist.
 */
@Service
@Transactional
class CarePlanRequests {

  private final CarePlanRepository plans;
  private final SipTargetRepository targets;
  private final ClientService clients;
  private final RuntimeService runtime;
  private final SystemAccess system;
  private final Clock clock;

  CarePlanRequests(CarePlanRepository plans, SipTargetRepository targets, ClientService clients,
      RuntimeService runtime, SystemAccess system, Clock clock) {
    this.plans = plans;
    this.targets = targets;
    this.clients = clients;
    this.runtime = runtime;
    this.system = system;
    this.clock = clock;
  }

  void registerTarget(long clientId, String caseNumber) {
    if (!targets.existsById(clientId)) {
      targets.saveAndFlush(new SipTarget(clientId, caseNumber, now()));
    }
  }

  boolean isTarget(long clientId) {
    return targets.existsById(clientId);
  }

  /** Starts care-plan by its message start event (asynchronous): the consent task is the flag. */
  Optional<String> request(long clientId, String caseNumber, String by) {
    ClientView client = clients.get(clientId);
    if (plans.findByOpenClientId(clientId).isPresent()) {
      return Optional.empty();
    }
    if (client.complexNeeds()) {
      registerTarget(clientId, caseNumber);
    }
    CarePlan plan = plans.saveAndFlush(new CarePlan(clientId, by, now()));
    String pid = system.call(() -> runtime.createMessageCorrelation(MESSAGE_SIP_NEEDED)
        .processInstanceBusinessKey(plan.number())
        .setVariables(Map.of(VAR_CARE_PLAN_ID, plan.id, VAR_CLIENT_ID, clientId))
        .correlateStartMessage().getId());
    plan.processInstanceId = pid;
    return Optional.of(pid);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
