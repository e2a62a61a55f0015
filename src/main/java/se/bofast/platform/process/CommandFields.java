package se.bofast.platform.process;

import java.lang.reflect.Field;

/**
 * Reads the protected fields of Camunda's command objects that the engine guards inspect (the
 * task id, the submitted variables, the filter id, the extending query...): Camunda 7's
 * commands expose no getters for them. A guard resolves its fields once, when its class loads,
 * so a Camunda upgrade that renames one fails the start-up instead of leaving a command
 * unchecked.
 */
public final class CommandFields {

  private CommandFields() {
  }

  /** The field, declared by the type or one of its superclasses, made readable. */
  public static Field field(Class<?> type, String name) {
    for (Class<?> declaring = type; declaring != null; declaring = declaring.getSuperclass()) {
      try {
        Field field = declaring.getDeclaredField(name);
        field.setAccessible(true);
        return field;
      } catch (NoSuchFieldException e) {
        // declared further up
      }
    }
    throw new IllegalStateException("Camunda's " + type.getName() + " has no field " + name
        + "; the application's engine guards must be adapted");
  }

  public static Object read(Field field, Object command) {
    try {
      return field.get(command);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The named field of the command (looked up on each call: for commands checked by type at run time). */
  @SuppressWarnings("unchecked")
  public static <T> T read(Object command, String name) {
    return (T) read(field(command.getClass(), name), command);
  }
}
