package se.bofast.followup;

import static se.bofast.followup.FollowupConstants.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.bofast.platform.process.CurrentUser;
import se.bofast.platform.process.FormValues;

/**
 * The service tasks of care-plan: thin, each maps variables to a CarePlanSteps call and back
 * (ids and flags only). Referenced as camunda:delegateExpression="${registerCarePlan}" etc.
 */
@Configuration(proxyBeanMethods = false)
class FollowupDelegates {

  private final CarePlanSteps carePlans;
  private final CurrentUser user;

  FollowupDelegates(CarePlanSteps carePlans, CurrentUser user) {
    this.carePlans = carePlans;
    this.user = user;
  }

  static long carePlanId(DelegateExecution execution) {
    return ((Number) execution.getVariable(VAR_CARE_PLAN_ID)).longValue();
  }

  /**
   * Runs synchronously after the Tasklist start form (a bad personnummer is refused there), or
   * in the job of the message start (the plan exists: started from code).
   */
  @Bean
  JavaDelegate registerCarePlan() {
    return execution -> {
      CarePlanSteps.Registered plan = execution.hasVariable(VAR_CARE_PLAN_ID)
          ? carePlans.attach(carePlanId(execution), execution.getProcessInstanceId())
          : carePlans.register(FormValues.text(execution, "personalNumber"), user.id());
      FollowupPersonalData.NAMES.forEach(execution::removeVariable);
      if (!execution.hasVariable(VAR_CARE_PLAN_ID)) {
        carePlans.attach(plan.carePlanId(), execution.getProcessInstanceId());
      }
      execution.setProcessBusinessKey(plan.number());
      execution.setVariables(Map.of(
          VAR_CARE_PLAN_ID, plan.carePlanId(),
          VAR_CLIENT_ID, plan.clientId(),
          VAR_CASE_NUMBER, plan.number(),
          VAR_CLIENT_DISPLAY_NAME, plan.clientDisplayName()));
    };
  }

  @Bean
  JavaDelegate endCarePlan() {
    return execution -> carePlans.end(carePlanId(execution),
        FormValues.choice(execution, VAR_END_REASON, PlanEndReason.class, "Orsak"), user.id());
  }
}
