package se.bofast.identity;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * bofast.identity.*: whether the demo users exist, which processes each group may start,
 * and (production) the first administrator.
 */
@ConfigurationProperties("bofast.identity")
public record IdentityProperties(boolean demoUsers, Map<String, List<String>> startRights, Admin admin) {

  public IdentityProperties {
    startRights = startRights == null ? Map.of() : Map.copyOf(startRights);
  }

  /** The first administrator (prod profile), created once and never overwritten. */
  public record Admin(String id, String password, String firstName, String lastName, String email) {

    boolean isSet() {
      return id != null && !id.isBlank() && password != null && !password.isBlank();
    }
  }
}
