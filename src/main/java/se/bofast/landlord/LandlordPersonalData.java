package se.bofast.landlord;

import java.util.Set;
import org.springframework.stereotype.Component;
import se.bofast.platform.process.PersonalDataVariables;

/**
 * The landlord module's personal-data variables: free text about a contact with a landlord
 * (landlord-keep-in-touch, landlord-negotiate-apartments), which may name tenants.
 */
@Component
class LandlordPersonalData implements PersonalDataVariables {

  /** Form-field keys of the module's processes that carry personal data. */
  static final Set<String> NAMES = Set.of("contactSubject", "contactOutcome");

  @Override
  public Set<String> names() {
    return NAMES;
  }
}
