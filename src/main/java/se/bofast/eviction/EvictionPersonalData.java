package se.bofast.eviction;

import java.util.Set;
import org.springframework.stereotype.Component;
import se.bofast.platform.process.PersonalDataVariables;

/**
 * The eviction module's personal-data variables: the tenant on eviction-prevention's start form
 * (eviction-start) and the free text of the UV-team's decision (eviction-uv-team: the joint
 * measures, the unit or role that acts), stored in the case and removed by the glue.
 */
@Component
class EvictionPersonalData implements PersonalDataVariables {

  /** Form-field keys of the module's processes that carry personal data. */
  static final Set<String> NAMES = Set.of("tenantPersonalNumber", "tenantName", "street",
      "uvMeasures", "uvResponsible");

  @Override
  public Set<String> names() {
    return NAMES;
  }
}
