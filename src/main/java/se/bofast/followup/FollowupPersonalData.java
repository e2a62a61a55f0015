package se.bofast.followup;

import java.util.Set;
import org.springframework.stereotype.Component;
import se.bofast.platform.process.PersonalDataVariables;

/**
 * The follow-up module's personal-data variables: the client's personnummer on care-plan's start
 * form, the SIP participants' names, and free text about the client's assessments and plan.
 */
@Component
class FollowupPersonalData implements PersonalDataVariables {

  /** Form-field keys of the module's processes that carry personal data. */
  static final Set<String> NAMES = Set.of("personalNumber",
      "psychiatryName", "addictionCareName", "otherName", "assessmentResult", "followupNote", "declineNote",
      "socialServicesAction", "psychiatryAction", "addictionCareAction", "otherAction", "clientAction");

  @Override
  public Set<String> names() {
    return NAMES;
  }
}
