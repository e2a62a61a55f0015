package se.bofast.eviction;

import static se.bofast.eviction.EvictionConstants.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.bofast.client.Needs;
import se.bofast.platform.process.CurrentUser;
import se.bofast.platform.process.FormValues;

/** The service tasks of eviction-prevention; each maps variables to one service of the module and back. */
@Configuration(proxyBeanMethods = false)
class EvictionDelegates {

  static final String TASK_CONTACT = "Task_ContactTenant";
  static final String TASK_DECIDE_AID = "Task_DecideAid";
  static final String TASK_PREPARE = "Task_PrepareEviction";
  static final String TASK_UV_TEAM = "Task_UvTeam";
  static final String TASK_HOME_VISIT = "Task_HomeVisit";
  static final String TIMER_CONTACT_OVERDUE = "Boundary_ContactOverdue";
  static final String TIMER_CONTACT_DEADLINE = "Timer_ContactDeadline";
  static final String TIMER_AID_REMINDER = "Boundary_AidReminder";
  static final String TIMER_PREPARE = "Timer_PrepareEviction";
  static final String CATCH_DATE_SET = "Catch_EvictionDateSet";

  private final SignalIntake intake;
  private final CaseViews views;
  private final CaseSteps steps;
  private final EvictionDue due;
  private final CurrentUser user;

  EvictionDelegates(SignalIntake intake, CaseViews views, CaseSteps steps, EvictionDue due, CurrentUser user) {
    this.intake = intake;
    this.views = views;
    this.steps = steps;
    this.due = due;
    this.user = user;
  }

  static long caseId(DelegateExecution execution) {
    return ((Number) execution.getVariable(VAR_CASE_ID)).longValue();
  }

  /** Start form (a phone call, a letter): runs in the start command, so bad input is refused in Tasklist. */
  @Bean
  JavaDelegate registerEvictionSignal() {
    return execution -> {
      Signal signal = StartFormSignal.of(execution, "TASKLIST-" + execution.getProcessInstanceId());
      SignalIntake.Receipt receipt = intake.receiveInProcess(signal, user.id(), execution.getProcessInstanceId());
      EvictionPersonalData.NAMES.forEach(execution::removeVariable);
      execution.setVariable(VAR_NEW_CASE, receipt.created());
      execution.setVariable(VAR_CASE_ID, receipt.evictionCase().caseId());
      execution.setVariable(VAR_CASE_NUMBER, receipt.evictionCase().caseNumber());
      if (receipt.created()) {
        execution.setProcessBusinessKey(receipt.evictionCase().caseNumber());
      }
    };
  }

  /**
   * The case's facts as variables: priority, flags, the law's deadlines as dates for timers and
   * due dates; no contact yet; and whether the tenant is a client in the housing chain (the
   * journey's case number, found by the personnummer in Java, never through a variable).
   */
  @Bean
  JavaDelegate loadEvictionCase(se.bofast.housing.JourneyReferrals referrals,
      org.springframework.context.ApplicationEventPublisher events) {
    return execution -> {
      long id = caseId(execution);
      Map<String, Object> vars = variables(id);
      execution.setVariables(vars);
      execution.setVariable(VAR_REACHED, false);
      execution.setVariable(VAR_CONTACT_EXHAUSTED, false);
      var chain = referrals.openJourney(steps.tenant(id).personalNumber());
      execution.setVariable(VAR_CHAIN_JOURNEY, chain.map(se.bofast.housing.JourneyReferrals.OpenJourney::caseNumber)
          .orElse(null));
      // the client's id: each task of the case then goes to the client's named holder of its role
      chain.ifPresent(j -> execution.setVariable(VAR_CHAIN_CLIENT_ID, j.clientId()));
      chain.filter(j -> Boolean.TRUE.equals(vars.get(VAR_RENT_ARREARS))).ifPresent(j -> events.publishEvent(
          new ChainClientRentDebt(j.clientId(), (String) vars.get(VAR_CASE_NUMBER), id)));
    };
  }

  /**
   * A later signal for the household (event subprocess): the case was reassessed by the
   * service; bring the variables, the open tasks' due dates and the timers in line.
   */
  @Bean
  JavaDelegate refreshEvictionCase(TaskService taskService, ManagementService managementService,
      RuntimeService runtimeService, org.springframework.context.ApplicationEventPublisher events) {
    return execution -> {
      Map<String, Object> vars = variables(caseId(execution));
      if (execution.getVariable(VAR_CHAIN_CLIENT_ID) instanceof Number clientId
          && !Boolean.TRUE.equals(execution.getVariable(VAR_RENT_ARREARS))
          && Boolean.TRUE.equals(vars.get(VAR_RENT_ARREARS))) {
        events.publishEvent(new ChainClientRentDebt(clientId.longValue(), (String) vars.get(VAR_CASE_NUMBER),
            caseId(execution)));
      }
      boolean dateNewlyKnown = execution.getVariable(VAR_EVICTION_PREPARE_AT) == null
          && vars.get(VAR_EVICTION_PREPARE_AT) != null;
      execution.getProcessInstance().setVariables(vars);
      se.bofast.platform.process.TaskListVariables.refreshCopies(execution);
      String pid = execution.getProcessInstanceId();
      setDue(taskService, pid, TASK_CONTACT, (Date) vars.get(VAR_CONTACT_DEADLINE));
      setDue(taskService, pid, TASK_DECIDE_AID, (Date) vars.get(VAR_RECLAIM_DEADLINE));
      setDue(taskService, pid, TASK_PREPARE, (Date) vars.get(VAR_EVICTION_AT));
      setDue(taskService, pid, TASK_UV_TEAM, due.ahead((Date) vars.get(VAR_CONTACT_DEADLINE)));
      setDue(taskService, pid, TASK_HOME_VISIT, due.ahead((Date) vars.get(VAR_CONTACT_DEADLINE)));
      moveTimer(managementService, pid, TIMER_CONTACT_OVERDUE, (Date) vars.get(VAR_CONTACT_DEADLINE));
      moveTimer(managementService, pid, TIMER_CONTACT_DEADLINE, (Date) vars.get(VAR_CONTACT_DEADLINE));
      moveTimer(managementService, pid, TIMER_AID_REMINDER, (Date) vars.get(VAR_AID_REMINDER_AT));
      moveTimer(managementService, pid, TIMER_PREPARE, (Date) vars.get(VAR_EVICTION_PREPARE_AT));
      if (dateNewlyKnown) {
        runtimeService.createMessageCorrelation(MESSAGE_EVICTION_DATE_SET).processInstanceId(pid).correlateAll();
      }
    };
  }

  /** Three working days before the återvinningsfrist: the aid decision goes to the top of the list. */
  @Bean
  JavaDelegate markAidUrgent(TaskService taskService) {
    return execution -> taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(TASK_DECIDE_AID).list()
        .forEach(task -> taskService.setPriority(task.getId(), 100));
  }

  /**
   * EVICTED: the person goes to the housing chain; the case keeps the journey's case number.
   * The tenant's personnummer and name go from this case to the client register in Java, never
   * through a process variable: client-journey starts with the client's id.
   */
  @Bean
  JavaDelegate referToChain(se.bofast.housing.JourneyReferrals referrals) {
    return execution -> {
      long id = caseId(execution);
      CaseSteps.Tenant tenant = steps.tenant(id);
      var referral = new se.bofast.housing.JourneyReferrals.EvictionReferral(tenant.personalNumber(), tenant.name(),
          FormValues.choice(execution, "needs", Needs.class, "Behov"), tenant.childrenInHousehold(),
          FormValues.choice(execution, "situationAfter", se.bofast.housing.Situation.class, "Boende efter avhysningen"),
          FormValues.text(execution, "shelterName"),
          (String) execution.getVariable(VAR_CASE_NUMBER));
      String journey = referrals.referFromEviction(referral, user.id());
      steps.linkClientJourney(id, journey);
      execution.setVariable("clientJourneyCaseNumber", journey);
    };
  }

  private Map<String, Object> variables(long caseId) {
    Map<String, Object> facts = views.processFacts(caseId);
    LocalDate contact = (LocalDate) facts.get(VAR_CONTACT_DEADLINE);
    LocalDate reclaim = (LocalDate) facts.get(VAR_RECLAIM_DEADLINE);
    LocalDateTime eviction = (LocalDateTime) facts.get(VAR_EVICTION_AT);
    Map<String, Object> vars = new HashMap<>(facts);
    vars.put(VAR_CONTACT_DEADLINE, due.contactDeadline(contact));
    vars.put(VAR_RECLAIM_DEADLINE, reclaim == null ? null : due.reclaimDue(reclaim));
    vars.put(VAR_AID_REMINDER_AT, due.aidReminder(reclaim));
    vars.put(VAR_EVICTION_AT, due.at(eviction));
    vars.put(VAR_EVICTION_PREPARE_AT, due.prepareEviction(eviction));
    vars.put(VAR_OUTCOME_DUE, due.outcome(eviction, reclaim));
    return vars;
  }

  private static void setDue(TaskService taskService, String pid, String taskKey, Date dueDate) {
    if (dueDate == null) {
      return;
    }
    for (Task task : taskService.createTaskQuery().processInstanceId(pid).taskDefinitionKey(taskKey).list()) {
      task.setDueDate(dueDate);
      taskService.saveTask(task);
    }
  }

  private static void moveTimer(ManagementService managementService, String pid, String activityId, Date when) {
    if (when == null) {
      return;
    }
    for (Job job : managementService.createJobQuery().processInstanceId(pid).activityId(activityId).timers().list()) {
      managementService.setJobDuedate(job.getId(), when);
    }
  }
}
