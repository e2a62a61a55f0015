package se.bofast.client;

import java.net.http.HttpRequest;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import se.bofast.support.Staff;
import se.bofast.support.TestHttp;
import se.bofast.support.TestHttp.Response;
import se.bofast.support.TestPersonnummer;

/**
 * A client kim takes on at the shelter (kim is the named case manager, the outreach task is his),
 * with a unique name and personnummer, and the calls that mark the client's identity protected.
 */
final class ProtectedScenarios {

  /** The client as registered: what must never leak where the identity is protected. */
  record Person(long clientId, String caseNumber, String processInstanceId, String personalNumber, String firstName,
      String lastName, String shelter) {

    String twelveDigits() {
      return personalNumber.replace("-", "");
    }

    String displayName() {
      return firstName + " " + lastName.charAt(0) + ".";
    }
  }

  private final ProcessEngine engine;
  private final TestHttp http;

  ProtectedScenarios(ProcessEngine engine, TestHttp http) {
    this.engine = engine;
    this.http = http;
  }

  static String unique(String prefix) {
    StringBuilder name = new StringBuilder(prefix);
    for (int i = 0; i < 6; i++) {
      name.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    return name.toString();
  }

  Person atTheShelter() {
    String first = unique("Skydd");
    String last = unique("Dold");
    String pnr = TestPersonnummer.next();
    String shelter = unique("Härbärget ");
    Staff staff = new Staff(engine);
    ProcessInstance pi = staff.start("client-journey", "case-manager", Map.of("clientType", "NEW_IDENTIFIED",
        "personalNumber", pnr, "firstName", first, "lastName", last, "needs", "BOTH",
        "childrenInHousehold", 0, "situation", "HARBARGE", "shelterName", shelter));
    staff.runDueJobs(pi);
    var runtime = engine.getRuntimeService();
    return new Person(((Number) runtime.getVariable(pi.getId(), "clientId")).longValue(),
        (String) runtime.getVariable(pi.getId(), "caseNumber"), pi.getId(), pnr, first, last, shelter);
  }

  Task outreachTask(Person person) {
    return engine.getTaskService().createTaskQuery().processInstanceId(person.processInstanceId())
        .taskDefinitionKey("Task_OutreachContact").singleResult();
  }

  Response protect(long clientId, String user, String json) {
    return http.send(http.at("/api/clients/" + clientId + "/protection").header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json)), user, "demo");
  }

  /** A user of the group made for the test, outside every client's team (password demo). */
  String colleague(String id, String group) {
    var identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(id).count() == 0) {
      var user = identity.newUser(id);
      user.setFirstName("Klara");
      user.setLastName("Kollega");
      user.setPassword("demo");
      identity.saveUser(user);
      identity.createMembership(id, group);
    }
    return id;
  }
}
