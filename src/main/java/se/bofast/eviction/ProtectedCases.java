package se.bofast.eviction;

import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bofast.client.ClientProtection;

/** The eviction cases, open or closed, of a household with a protected tenant (client.ClientProtection). */
@Component
@Transactional(readOnly = true)
public class ProtectedCases {

  private final CaseTenantRepository tenants;
  private final ClientProtection protection;

  ProtectedCases(CaseTenantRepository tenants, ClientProtection protection) {
    this.tenants = tenants;
    this.protection = protection;
  }

  /** The ids of the cases on which a protected person is a tenant. */
  public Set<Long> protectedCaseIds() {
    Set<Long> ids = new TreeSet<>();
    protection.protectedPersonalNumbers().forEach(number -> ids.addAll(tenants.findCaseIdsByPersonalNumber(number)));
    return ids;
  }
}
