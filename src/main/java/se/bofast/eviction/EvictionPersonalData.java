package se.bofast.eviction;

import java.util.Set;
import org.springframework.stereotype.Component;
import se.bofast.platform.process.PersonalDataVariables;

/**
 * The eviction module's personal-data variables: the tenant and the co-tenant on
 * eviction-prevention's start form (eviction-start), stored in the case and removed by the glue;
 * the free-text reason for an out-of-order contact channel (eviction-contact), stored with the attempt;
 * the free text of the UV-team's decision (eviction-uv-team: the joint measures, the unit or role
 * that acts), stored in the case; the journal text of the tasks that write the case's journal
 * (eviction-contact, -home-visit, -uv-team, -landlord-contact, -landlord-meeting, -financial-aid,
 * -outcome), stored in the journal.
 */
@Component
class EvictionPersonalData implements PersonalDataVariables {

  /** Form-field keys of the module's processes that carry personal data. */
  static final Set<String> NAMES = Set.of("tenantPersonalNumber", "tenantName", "street",
      StartFormSignal.CO_TENANT_PERSONAL_NUMBER, StartFormSignal.CO_TENANT_NAME,
      EvictionConstants.VAR_OUT_OF_ORDER_REASON, "uvMeasures", "uvResponsible",
      se.bofast.client.JournalTexts.KEY);

  @Override
  public Set<String> names() {
    return NAMES;
  }
}
