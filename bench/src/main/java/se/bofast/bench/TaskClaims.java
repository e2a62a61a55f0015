package se.bofast.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Staff take some of their group's tasks (claim through /engine-rest), so that "Mina uppgifter"
 * lists tasks too.
 */
final class TaskClaims {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final int port;

  TaskClaims(int port) {
    this.port = port;
  }

  /** The staff member claims up to {@code count} unassigned tasks of their group; answers how many. */
  int claim(StaffUser staff, int count) {
    if (count <= 0) {
      return 0;
    }
    Http http = Http.basic(port, staff.user, StaffUser.PASSWORD);
    Http.Answer found = http.get("/engine-rest/task?candidateGroup=" + staff.group + "&unassigned=true"
        + "&firstResult=0&maxResults=" + count);
    if (!found.ok()) {
      throw new BenchException("Task query as " + staff.user + " answered " + found.status());
    }
    List<String> ids = new ArrayList<>();
    try {
      for (JsonNode task : JSON.readTree(found.body())) {
        ids.add(task.get("id").asText());
      }
    } catch (IOException e) {
      throw new BenchException("Task list is not JSON", e);
    }
    for (String id : ids) {
      Http.Answer claimed = http.postJson("/engine-rest/task/" + id + "/claim", "{\"userId\":\"" + staff.user + "\"}");
      if (!claimed.ok()) {
        throw new BenchException("Claim as " + staff.user + " answered " + claimed.status());
      }
    }
    return ids.size();
  }
}
