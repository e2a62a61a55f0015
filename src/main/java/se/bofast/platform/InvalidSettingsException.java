package se.bofast.platform;

import java.util.List;

/** The configuration of the active profile is incomplete or unsafe; names each setting. */
public class InvalidSettingsException extends RuntimeException {

  private final transient List<String> problems;

  public InvalidSettingsException(String profiles, List<String> problems) {
    super("Bofast refuses to start with profile '" + profiles + "': " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
