package se.bofast.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import se.bofast.housing.ApartmentService;
import se.bofast.housing.Step;
import se.bofast.support.Staff;
import se.bofast.support.TestPersonnummer;

/** Journeys, users and tasks for the team's tests, as staff create them in Tasklist. */
final class TeamScenarios {

  static final String PASSWORD = "demo";
  static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

  private final ProcessEngine engine;
  private final Staff staff;
  private final ApartmentService apartments;

  TeamScenarios(ProcessEngine engine, ApartmentService apartments) {
    this.engine = engine;
    this.staff = new Staff(engine);
    this.apartments = apartments;
  }

  Staff staff() {
    return staff;
  }

  /** A user of the group made for the test (password {@value #PASSWORD}). */
  String user(String id, String group) {
    var identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName("Test");
      user.setLastName("Person");
      user.setPassword(PASSWORD);
      identity.saveUser(user);
      identity.createMembership(id, group);
    }
    return id;
  }

  static void at(int y, int m, int d) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(y, m, d, 9, 0).atZone(STOCKHOLM).toInstant()));
  }

  /** kim takes on an unidentified person on the street: the journey starts at outreach. */
  ProcessInstance journeyStartedByKim(String alias) {
    return staff.start("client-journey", "case-manager", Map.of("clientType", "UNIDENTIFIED", "alias", alias,
        "needs", "ADDICTION", "situation", "STREET"));
  }

  /**
   * sara takes on an identified client (no case manager named), kim assesses, sara decides on a
   * training apartment: the journey waits at the boendelots' first contact.
   */
  ProcessInstance journeyAtFirstContact() {
    apartments.add("Folkungagatan 7", "116 22", "Stockholm", "Stockholmshem", Step.TRANINGSLAGENHET);
    ProcessInstance pi = staff.start("client-journey", "socialsekreterare", Map.of("clientType", "NEW_IDENTIFIED",
        "personalNumber", TestPersonnummer.next(), "firstName", "Test", "lastName", "Klient", "needs", "ADDICTION",
        "situation", "OTHER"));
    staff.complete(pi, "Task_Assessment", "case-manager", new HashMap<>(Map.of("asiDone", true, "durDone", true,
        "assessmentDate", "2026-01-05", "complexNeeds", false, "treatmentCompletedOn", "2025-10-01",
        "drugFreeSince", "2025-05-01")));
    staff.complete(pi, "Task_DecideInsats", "socialsekreterare", Map.of("decidedStep", "TRANINGSLAGENHET"));
    staff.runDueJobs(pi);
    task(pi, "Task_FirstContact");
    return pi;
  }

  long clientId(ProcessInstance pi) {
    return ((Number) engine.getRuntimeService().getVariable(pi.getId(), "clientId")).longValue();
  }

  Task task(ProcessInstance pi, String key) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key)
        .singleResult();
    assertThat(task).as(key + " is open").isNotNull();
    return task;
  }

  List<String> teamLinks(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> "team".equals(l.getType())).map(IdentityLink::getUserId).toList();
  }

  List<String> candidateGroups(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> "candidate".equals(l.getType())).map(IdentityLink::getGroupId).toList();
  }

  /** The user completes the task in Tasklist (already assigned to them). */
  void complete(Task task, String user, String group, Map<String, Object> form) {
    var identity = engine.getIdentityService();
    identity.setAuthentication(user, List.of(group));
    try {
      engine.getFormService().submitTaskForm(task.getId(), form);
    } finally {
      identity.clearAuthentication();
    }
  }
}
