package se.bofast.platform.process;

import java.util.Set;

/**
 * A module's declaration of the process variables that carry personal data (personnummer, names,
 * addresses, free text about a person): the form fields of its processes that its glue stores in
 * the module's tables. Each module that has such fields implements this once, as a Spring bean
 * next to its constants; {@link PersonalDataHistoryLevel} keeps the union of all declarations out
 * of the engine's history (ACT_HI_VARINST, ACT_HI_DETAIL). The declarations are collected when the
 * engine is configured, before it writes anything, so a declaration must not depend on the engine.
 */
public interface PersonalDataVariables {

  /** The variable names (form-field keys) that carry personal data. */
  Set<String> names();
}
