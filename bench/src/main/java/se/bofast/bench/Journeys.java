package se.bofast.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * client-journey through the engine's REST API as its staff do it: start forms and task forms
 * (claim, then submit the form with valid values; the engine checks them against the
 * deployed Camunda Form).
 */
final class Journeys {

  private static final String REST = "/engine-rest";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<StaffUser, Http> clients = new EnumMap<>(StaffUser.class);
  private final Households households;
  private final LocalDate today;

  Journeys(int port, Households households, LocalDate today) {
    for (StaffUser staff : StaffUser.values()) {
      clients.put(staff, Http.basic(port, staff.user, StaffUser.PASSWORD));
    }
    this.households = households;
    this.today = today;
  }

  /** kim meets someone on the street who gives no name: an outreach task for case-manager. */
  Http.Answer startOutreach(int i) {
    return clients.get(StaffUser.KIM).postJson(REST + "/process-definition/key/client-journey/submit-form",
        "{\"variables\":{\"clientType\":{\"value\":\"UNIDENTIFIED\"},\"alias\":{\"value\":\"Bänken " + i + "\"},"
            + "\"needs\":{\"value\":\"" + needs(i) + "\"},\"situation\":{\"value\":\"STREET\"}}}");
  }

  /** sara starts a journey for an identified client not on the street: the assessment comes next. */
  Http.Answer startIdentified(int i) {
    return clients.get(StaffUser.SARA).postJson(REST + "/process-definition/key/client-journey/submit-form",
        "{\"variables\":{\"clientType\":{\"value\":\"NEW_IDENTIFIED\"},\"personalNumber\":{\"value\":\""
            + households.personnummer() + "\"},\"firstName\":{\"value\":\"Klient\"},\"lastName\":{\"value\":\"Nummer"
            + i + "\"},\"needs\":{\"value\":\"" + needs(i) + "\"},\"situation\":{\"value\":\"OTHER\"},"
            + "\"childrenInHousehold\":{\"value\":" + (i % 3) + "}}}");
  }

  /** kim's assessment: a client who qualifies for a training apartment. */
  Http.Answer assess(String processInstanceId) {
    return complete(StaffUser.KIM, processInstanceId, "Task_Assessment",
        "{\"variables\":{\"asiDone\":{\"value\":true},\"durDone\":{\"value\":true},"
            + "\"assessmentDate\":{\"value\":\"" + today + "\"},\"complexNeeds\":{\"value\":false},"
            + "\"treatmentCompletedOn\":{\"value\":\"" + today.minusMonths(6) + "\"},"
            + "\"drugFreeSince\":{\"value\":\"" + today.minusMonths(23) + "\"}}}");
  }

  /** sara decides on a training apartment: a boendelots makes the first contact. */
  Http.Answer decideTrainingApartment(String processInstanceId) {
    return complete(StaffUser.SARA, processInstanceId, "Task_DecideInsats",
        "{\"variables\":{\"decidedStep\":{\"value\":\"TRANINGSLAGENHET\"}}}");
  }

  /** The process instance id in a start answer. */
  static String instanceId(Http.Answer started) {
    try {
      return JSON.readTree(started.body()).get("id").asText();
    } catch (IOException e) {
      throw new BenchException("Not a process instance: " + started.status(), e);
    }
  }

  /** Finds the task as the user sees it, claims it and submits its form; answers the submission. */
  private Http.Answer complete(StaffUser staff, String processInstanceId, String taskKey, String form) {
    Http http = clients.get(staff);
    Http.Answer found = http.get(REST + "/task?processInstanceId=" + processInstanceId + "&taskDefinitionKey="
        + taskKey);
    if (!found.ok()) {
      return found;
    }
    String taskId;
    try {
      JsonNode tasks = JSON.readTree(found.body());
      if (tasks.isEmpty()) {
        return new Http.Answer(404, taskKey + " not found", found.nanos());
      }
      taskId = tasks.get(0).get("id").asText();
    } catch (IOException e) {
      throw new BenchException("Task list is not JSON", e);
    }
    Http.Answer claimed = http.postJson(REST + "/task/" + taskId + "/claim", "{\"userId\":\"" + staff.user + "\"}");
    if (!claimed.ok()) {
      return claimed;
    }
    return http.postJson(REST + "/task/" + taskId + "/submit-form", form);
  }

  private static String needs(int i) {
    return switch (i % 3) {
      case 0 -> "ADDICTION";
      case 1 -> "PSYCHIATRIC";
      default -> "BOTH";
    };
  }
}
