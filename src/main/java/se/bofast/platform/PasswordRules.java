package se.bofast.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * The password policy of production: the engine's own {@link DefaultPasswordPolicyImpl}
 * (at least 10 characters, a lower-case and an upper-case letter, a digit, a special
 * character, and not the user's id, names or e-mail address), switched on in the engine by
 * {@code camunda.bpm.generic-properties.properties.enable-password-policy} (application-prod.yaml),
 * so that Admin, the REST API and password changes all apply it. This class applies the same
 * rules to the first administrator's password before anything starts, and words them.
 */
public final class PasswordRules {

  /** The engine's message when it refuses a password (SaveUserCmd, Camunda 7.24). */
  public static final String ENGINE_REFUSAL = "Password does not match policy";

  static final PasswordPolicy POLICY = new DefaultPasswordPolicyImpl();

  private PasswordRules() {
  }

  /** The rules a password breaks, in English (for settings), empty when it meets the policy. */
  public static List<String> broken(String password, String userId, String firstName, String lastName,
      String email) {
    UserEntity user = new UserEntity(userId);
    user.setFirstName(firstName);
    user.setLastName(lastName);
    user.setEmail(email);
    List<String> broken = new ArrayList<>();
    for (PasswordPolicyRule rule : POLICY.getRules()) {
      if (!rule.execute(password, user)) {
        broken.add(english(rule));
      }
    }
    return broken;
  }

  /** The whole policy in Swedish, for the person choosing a password. */
  public static String swedish() {
    List<String> parts = new ArrayList<>();
    String userData = null;
    for (PasswordPolicyRule rule : POLICY.getRules()) {
      Map<String, String> p = rule.getParameters() == null ? Map.of() : rule.getParameters();
      switch (rule.getPlaceholder()) {
        case "PASSWORD_POLICY_LENGTH" -> parts.add("minst " + p.get("minLength") + " tecken");
        case "PASSWORD_POLICY_LOWERCASE" -> parts.add("minst " + p.get("minLowerCase") + " liten bokstav");
        case "PASSWORD_POLICY_UPPERCASE" -> parts.add("minst " + p.get("minUpperCase") + " stor bokstav");
        case "PASSWORD_POLICY_DIGIT" -> parts.add("minst " + p.get("minDigit") + " siffra");
        case "PASSWORD_POLICY_SPECIAL" -> parts.add("minst " + p.get("minSpecial") + " specialtecken");
        case "PASSWORD_POLICY_USER_DATA" -> userData = "och det får inte innehålla användarnamnet, namnet eller e-postadressen";
        default -> parts.add(rule.getPlaceholder());
      }
    }
    String rules = String.join(", ", parts.subList(0, parts.size() - 1)) + " och " + parts.get(parts.size() - 1);
    return "Lösenordet uppfyller inte lösenordsreglerna. Det ska ha " + rules
        + (userData == null ? "" : ", " + userData) + ".";
  }

  private static String english(PasswordPolicyRule rule) {
    Map<String, String> p = rule.getParameters() == null ? Map.of() : rule.getParameters();
    return switch (rule.getPlaceholder()) {
      case "PASSWORD_POLICY_LENGTH" -> "at least " + p.get("minLength") + " characters";
      case "PASSWORD_POLICY_LOWERCASE" -> "at least " + p.get("minLowerCase") + " lower-case letter(s)";
      case "PASSWORD_POLICY_UPPERCASE" -> "at least " + p.get("minUpperCase") + " upper-case letter(s)";
      case "PASSWORD_POLICY_DIGIT" -> "at least " + p.get("minDigit") + " digit(s)";
      case "PASSWORD_POLICY_SPECIAL" -> "at least " + p.get("minSpecial") + " special character(s)";
      case "PASSWORD_POLICY_USER_DATA" -> "not the user's id, names or e-mail address";
      default -> rule.getPlaceholder();
    };
  }
}
