package se.bofast.client;

/**
 * The short name Tasklist and process variables show instead of a full name: the first given
 * name and the initial of the last name ("Kim L."), so that a task list on a screen in a
 * shelter's office does not spell out who the client is. The one place where it is computed.
 */
public final class DisplayNames {

  private DisplayNames() {
  }

  /** "Kim Larsson" → "Kim L."; one word stays as it is; blank gives an empty string. */
  public static String of(String fullName) {
    if (fullName == null || fullName.isBlank()) {
      return "";
    }
    String[] parts = fullName.strip().split("\\s+");
    return parts.length == 1 ? parts[0] : of(parts[0], parts[parts.length - 1]);
  }

  /** The first name and the last name's first character (a whole code point, so "Åsa Ödman" → "Åsa Ö."). */
  public static String of(String firstName, String lastName) {
    String initial = lastName.strip().codePoints().limit(1)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    return firstName.strip() + " " + initial + ".";
  }

  /** What an unidentified person is shown as: the alias staff chose, marked as such. */
  public static String ofAlias(String alias) {
    return alias + " (oidentifierad)";
  }
}
