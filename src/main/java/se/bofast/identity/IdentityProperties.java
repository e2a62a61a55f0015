package se.bofast.identity;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * bofast.identity.*: whether the demo users exist, which processes each group may start,
 * in which processes each group works tasks (read access to the definition, which Tasklist
 * needs to show and submit the task), and (production) the first administrator.
 */
@ConfigurationProperties("bofast.identity")
public record IdentityProperties(boolean demoUsers, Map<String, List<String>> startRights,
    Map<String, List<String>> taskProcesses, Admin admin) {

  public IdentityProperties {
    startRights = startRights == null ? Map.of() : Map.copyOf(startRights);
    taskProcesses = taskProcesses == null ? Map.of() : Map.copyOf(taskProcesses);
  }

  /** The first administrator (prod profile), created once and never overwritten. */
  public record Admin(String id, String password, String firstName, String lastName, String email) {

    boolean isSet() {
      return id != null && !id.isBlank() && password != null && !password.isBlank();
    }
  }
}
