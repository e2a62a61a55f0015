package se.bofast.housing;

import java.util.Set;
import org.springframework.stereotype.Component;
import se.bofast.platform.process.PersonalDataVariables;

/**
 * The housing module's personal-data variables: the client's identity on client-journey's start form
 * (journey-start) and on the outreach contact where an unidentified person is identified
 * (journey-outreach-contact), the journal text of the contact and review forms, and the free-text
 * reason for choosing against the support-intensity recommendation (journey-review). The glue stores them through the client register and removes them.
 */
@Component
class HousingPersonalData implements PersonalDataVariables {

  /** Form-field keys of the module's processes that carry personal data. */
  static final Set<String> NAMES = Set.of("personalNumber", "firstName", "lastName", "alias",
      HousingConstants.VAR_JOURNAL_TEXT, HousingConstants.VAR_DEVIATION_REASON);

  @Override
  public Set<String> names() {
    return NAMES;
  }
}
