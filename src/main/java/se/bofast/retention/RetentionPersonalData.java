package se.bofast.retention;

import java.util.Set;
import org.springframework.stereotype.Component;
import se.bofast.platform.process.PersonalDataVariables;

/**
 * The approval form's reasons to hold a client are free text (they may say why a client's file is
 * still needed): kept out of the engine's history, stored only in retention_candidate and removed
 * from the process when the task completes.
 */
@Component
class RetentionPersonalData implements PersonalDataVariables {

  @Override
  public Set<String> names() {
    return Set.of(RetentionConstants.FIELD_HOLDS);
  }
}
