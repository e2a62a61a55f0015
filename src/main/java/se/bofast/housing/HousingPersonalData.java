package se.bofast.housing;

import java.util.Set;
import org.springframework.stereotype.Component;
import se.bofast.platform.process.PersonalDataVariables;

/**
 * The housing module's personal-data variables: the client's identity on client-journey's start form
 * (journey-start) and on the outreach contact where an unidentified person is identified
 * (journey-outreach-contact), the journal text of the contact and review forms, and the free-text
 * reason for choosing against the support-intensity recommendation (journey-review), and the shelter
 * where the person sleeps (journey-start; eviction-outcome): it locates the person, which a protected
 * identity forbids (issue 15 item 3), and is kept as the placement's place. The glue stores them
 * through the client register and the journey and removes them.
 */
@Component
class HousingPersonalData implements PersonalDataVariables {

  /** Form-field keys of the module's processes that carry personal data. */
  static final Set<String> NAMES = Set.of("personalNumber", "firstName", "lastName", "alias",
      HousingConstants.VAR_JOURNAL_TEXT, HousingConstants.VAR_DEVIATION_REASON, HousingConstants.VAR_SHELTER_NAME);

  @Override
  public Set<String> names() {
    return NAMES;
  }
}
