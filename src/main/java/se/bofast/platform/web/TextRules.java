package se.bofast.platform.web;

/**
 * The rules for a text that is stored (see {@link SafeText}), for code that checks a text
 * outside bean validation (a service called by a process step, a form). Messages are
 * Swedish and never repeat the text itself.
 */
public final class TextRules {

  private TextRules() {
  }

  /**
   * What is wrong with the text, in Swedish, or null when it may be stored (null texts too).
   *
   * @param max the column's length in characters
   * @param multiline whether line breaks and tabs are allowed (free-text notes)
   */
  public static String problem(CharSequence text, int max, boolean multiline) {
    if (text == null) {
      return null;
    }
    if (text.length() > max) {
      return "Högst " + max + " tecken.";
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
        continue;
      }
      String name = forbidden(c, multiline);
      if (name != null) {
        return "Texten innehåller ett otillåtet tecken (" + name + ", U+" + String.format("%04X", (int) c)
            + ") på plats " + (i + 1) + ".";
      }
    }
    return null;
  }

  /**
   * What is wrong with a text as the user sent it, before it is stripped: a forbidden character
   * anywhere counts (U+001C–U+001F are white space to {@link String#strip()}, so a check after
   * stripping would let them through at either end); the length is that of the stripped text.
   */
  public static String problemAsSent(String text, int max, boolean multiline) {
    if (text == null) {
      return null;
    }
    String characters = problem(text, Integer.MAX_VALUE, multiline);
    return characters != null ? characters : problem(text.strip(), max, multiline);
  }

  /**
   * Checks the text and answers it stripped of surrounding white space (null when blank).
   *
   * @throws InvalidInputException naming the field when the text may not be stored
   */
  public static String check(String field, String text, int max, boolean multiline) {
    String problem = problemAsSent(text, max, multiline);
    if (problem != null) {
      throw new InvalidInputException(field, problem);
    }
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static String forbidden(char c, boolean multiline) {
    if (c == '\n' || c == '\r' || c == '\t') {
      return multiline ? null : "radbrytning eller tabb";
    }
    if (Character.getType(c) == Character.CONTROL) {
      return "styrtecken";
    }
    if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
      return "tecken som ändrar textens riktning";
    }
    if (Character.isSurrogate(c)) {
      return "ofullständigt tecken";
    }
    if (c == '\uFFFE' || c == '\uFFFF' || (c >= '\uFDD0' && c <= '\uFDEF')) {
      return "icke-tecken";
    }
    return null;
  }
}
