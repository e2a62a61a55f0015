package se.bofast.platform.process.forms;

import java.lang.reflect.Field;

/**
 * Reads the protected fields of the engine's command objects (task id, submitted
 * variables): Camunda 7's commands expose no getters for them.
 */
final class CommandFields {

  private CommandFields() {
  }

  @SuppressWarnings("unchecked")
  static <T> T read(Object command, String name) {
    for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return (T) field.get(command);
      } catch (NoSuchFieldException e) {
        // declared further up
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException(command.getClass().getName() + " has no field " + name);
  }
}
