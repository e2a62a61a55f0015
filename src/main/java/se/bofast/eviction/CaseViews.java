package se.bofast.eviction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import se.bofast.client.ClientNames;
import se.bofast.client.ClientProtection;
import se.bofast.platform.web.InvalidInputException;

/** The read side of eviction cases: one case, the list, and the facts the process keeps as variables. */
@Service
@Transactional(readOnly = true)
public class CaseViews {

  private final EvictionCaseRepository cases;
  private final EvictionSignalRepository signals;
  private final CaseTenantRepository tenants;
  private final ClientNames names;
  private final ClientProtection protection;
  private final IdentityService identity;

  CaseViews(EvictionCaseRepository cases, EvictionSignalRepository signals, CaseTenantRepository tenants,
      ClientNames names, ClientProtection protection, IdentityService identity) {
    this.cases = cases;
    this.signals = signals;
    this.tenants = tenants;
    this.names = names;
    this.protection = protection;
    this.identity = identity;
  }

  public CaseView get(long caseId) {
    return view(cases.load(caseId));
  }

  /** All cases (oldest first), or the open or closed ones (earliest contact deadline first). */
  public List<CaseView> list(String status) {
    if (status == null || status.isBlank()) {
      return cases.findAllByOrderByIdAsc().stream().map(this::view).toList();
    }
    EvictionCase.Status wanted = switch (status.toLowerCase()) {
      case "open" -> EvictionCase.Status.OPEN;
      case "closed" -> EvictionCase.Status.CLOSED;
      default -> throw new InvalidInputException("status", "Status ska vara open eller closed.");
    };
    return cases.findByStatusOrderByContactDeadlineAscIdAsc(wanted).stream().map(this::view).toList();
  }

  /** The cases, open or closed, on which the person (a normalized personnummer) is a tenant; oldest first. */
  public List<CaseView> forTenant(String personalNumber) {
    return tenants.findCaseIdsByPersonalNumber(personalNumber).stream().map(this::get).toList();
  }

  /** What the process needs as variables: ids, flags and dates, nothing personal but the display name. */
  public Map<String, Object> processFacts(long caseId) {
    EvictionCase c = cases.load(caseId);
    Map<String, Object> facts = new HashMap<>();
    facts.put(EvictionConstants.VAR_CASE_ID, c.id);
    facts.put(EvictionConstants.VAR_CASE_NUMBER, c.caseNumber);
    facts.put(EvictionConstants.VAR_DISPLAY_NAME, displayName(c));
    facts.put(EvictionConstants.VAR_PRIORITY, c.priority);
    facts.put(EvictionConstants.VAR_PRIORITY_LABEL, EvictionPriority.label(c.priority));
    facts.put(EvictionConstants.VAR_LANDLORD_MEETING_NEEDED, c.landlordMeetingNeeded);
    facts.put(EvictionConstants.VAR_HAS_CHILDREN, c.hasChildren());
    facts.put(EvictionConstants.VAR_CONTACT_DEADLINE, c.contactDeadline);
    facts.put(EvictionConstants.VAR_RECLAIM_DEADLINE, c.reclaimDeadline);
    facts.put(EvictionConstants.VAR_EVICTION_AT, c.evictionAt);
    facts.put(EvictionConstants.VAR_CHILDREN_FIRST, c.childrenInHousehold == null || c.childrenInHousehold > 0);
    facts.put(EvictionConstants.VAR_RENT_ARREARS, signals.findByCaseIdOrderByReceivedAtAscIdAsc(caseId).stream()
        .anyMatch(s -> s.type == SignalType.RENT_ARREARS));
    return facts;
  }

  /** The name Tasklist shows for the case: the client module's one function (the case number for a protected household). */
  String displayName(EvictionCase c) {
    return names.tenantDisplayName(personalNumbers(c), c.tenantName, c.caseNumber);
  }

  /** Every tenant's personnummer (the main tenant's included). */
  static List<String> personalNumbers(EvictionCase c) {
    List<String> numbers = new ArrayList<>();
    numbers.add(c.tenantPersonalNumber);
    c.tenants.forEach(t -> numbers.add(t.personalNumber));
    return numbers;
  }

  /**
   * The case as the reader may see it: a protected household's address never, its names only for
   * the protected client's team and the enhetschef.
   */
  private CaseView view(EvictionCase c) {
    CaseView whole = CaseView.of(c, signals.findByCaseIdOrderByReceivedAtAscIdAsc(c.id));
    List<String> numbers = personalNumbers(c);
    if (!protection.anyProtected(numbers)) {
      return whole;
    }
    Authentication user = identity.getCurrentAuthentication();
    List<String> groups = user == null || user.getGroupIds() == null ? List.of() : user.getGroupIds();
    String userId = user == null ? null : user.getUserId();
    boolean identify = userId != null
        && numbers.stream().allMatch(n -> protection.mayIdentifyPerson(n, userId, groups));
    return whole.protectedView(identify);
  }
}
