package se.bofast.workplan;

import java.util.Arrays;
import java.util.Optional;

/** The roles an action may name when no one person does it: the team's roles and the region's care. */
public enum ResponsibleRole {
  CASE_MANAGER("Case manager/uppsökare"),
  BOENDELOTS("Boendelots/boendestödjare"),
  SOCIALSEKRETERARE("Socialsekreterare"),
  BOSAMORDNARE("Bosamordnare"),
  ADDICTION_CARE("Beroendevården"),
  PSYCHIATRY("Psykiatrin");

  private final String label;

  ResponsibleRole(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  static Optional<ResponsibleRole> parse(String name) {
    return Arrays.stream(values()).filter(role -> role.name().equals(name)).findFirst();
  }

  static String names() {
    return String.join(", ", Arrays.stream(values()).map(Enum::name).toList());
  }
}
