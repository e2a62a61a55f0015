package se.bofast.platform.security;

import java.lang.reflect.Field;

/**
 * Reads the protected fields of Camunda's commands that the guards inspect (the filter id, the
 * extending query, the task id...): the commands have no getters. Resolved once when the class
 * loads, so a Camunda upgrade that renames one fails the start-up instead of leaving a command
 * unchecked.
 */
final class CommandFields {

  private CommandFields() {
  }

  static Field field(Class<?> type, String name) {
    try {
      Field field = type.getDeclaredField(name);
      field.setAccessible(true);
      return field;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("Camunda's " + type.getName() + " has no field " + name
          + "; the application's engine guards (se.bofast.platform.security) must be adapted", e);
    }
  }

  static Object read(Field field, Object command) {
    try {
      return field.get(command);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
