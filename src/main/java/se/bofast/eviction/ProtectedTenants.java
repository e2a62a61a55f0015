package se.bofast.eviction;

import java.util.TreeSet;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.bofast.client.ClientProtectionChanged;
import se.bofast.client.DisplayNameRefresh;

/**
 * A marking (protected identity) set or cleared for a person who is a tenant of an eviction case:
 * the case's process shows the name the client module computes for it now (the case number while
 * the household is protected), on the running instance, its open tasks and in the engine's
 * history. In the transaction that changed the marking.
 */
@Component
class ProtectedTenants {

  private final CaseTenantRepository tenants;
  private final EvictionCaseRepository cases;
  private final CaseViews views;
  private final DisplayNameRefresh refresh;

  ProtectedTenants(CaseTenantRepository tenants, EvictionCaseRepository cases, CaseViews views,
      DisplayNameRefresh refresh) {
    this.tenants = tenants;
    this.cases = cases;
    this.views = views;
    this.refresh = refresh;
  }

  @EventListener
  void on(ClientProtectionChanged event) {
    TreeSet<Long> caseIds = new TreeSet<>();
    event.personalNumbers().forEach(number -> caseIds.addAll(tenants.findCaseIdsByPersonalNumber(number)));
    for (long caseId : caseIds) {
      EvictionCase c = cases.load(caseId);
      if (c.processInstanceId != null) {
        refresh.apply(c.processInstanceId, views.displayName(c));
      }
    }
  }
}
