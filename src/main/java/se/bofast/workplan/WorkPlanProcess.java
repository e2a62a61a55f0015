package se.bofast.workplan;

import static se.bofast.workplan.WorkPlanConstants.*;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;
import se.bofast.platform.process.DueDates;
import se.bofast.platform.process.SystemAccess;

/**
 * The plan's follow-up process (work-plan-followup), run as the application: started with the
 * plan, its timer moved when the plan's follow-up date changes. Its variables are ids, the case
 * number, the client's display name and the date; never the plan's text.
 */
@Component
class WorkPlanProcess {

  private final RuntimeService runtime;
  private final ManagementService management;
  private final SystemAccess system;
  private final DueDates dueDates;

  WorkPlanProcess(RuntimeService runtime, ManagementService management, SystemAccess system, DueDates dueDates) {
    this.runtime = runtime;
    this.management = management;
    this.system = system;
    this.dueDates = dueDates;
  }

  /** Whether the plan's follow-up process still runs. */
  boolean running(WorkPlanEntity plan) {
    return plan.processInstanceId != null && system.call(() ->
        runtime.createProcessInstanceQuery().processInstanceId(plan.processInstanceId).count() > 0);
  }

  /** Starts the follow-up for the date (the timer is created in this transaction); the instance's id. */
  String start(WorkPlanEntity plan, String clientDisplayName, LocalDate followUpOn) {
    return system.call(() -> runtime.createProcessInstanceByKey(PROCESS_FOLLOWUP)
        .businessKey(plan.caseNumber())
        .setVariables(Map.of(
            VAR_WORK_PLAN_ID, plan.id,
            VAR_CLIENT_ID, plan.clientId,
            VAR_CASE_NUMBER, plan.caseNumber(),
            VAR_CLIENT_DISPLAY_NAME, clientDisplayName,
            VAR_FOLLOW_UP_AT, timerAt(followUpOn),
            VAR_FOLLOW_UP_ON, followUpOn.toString()))
        .execute().getId());
  }

  /**
   * The follow-up date changed: the waiting timer moves to it. When the follow-up task is open
   * already, the task stays and the new date is what the form shows.
   */
  void move(WorkPlanEntity plan, LocalDate followUpOn) {
    Date at = timerAt(followUpOn);
    system.run(() -> {
      runtime.setVariables(plan.processInstanceId, Map.of(VAR_FOLLOW_UP_AT, at, VAR_FOLLOW_UP_ON, followUpOn.toString()));
      for (Job job : management.createJobQuery().processInstanceId(plan.processInstanceId)
          .activityId(TIMER_FOLLOW_UP).timers().list()) {
        management.setJobDuedate(job.getId(), at);
      }
    });
  }

  /** 08:00 on the day, Stockholm time (now, when that has passed). */
  Date timerAt(LocalDate day) {
    return dueDates.timerOn(day);
  }
}
