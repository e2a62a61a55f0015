package se.bofast.eviction;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One household, one case. A household is every tenant named on its notices (the tenant and
 * the co-tenants) and, when the landlord's organisationsnummer is known, its address. A signal
 * joins the open case of the tenant it names, else of one of its co-tenants, else of the same
 * address (street and postal code, normalised) with the same landlord; a new case holds every
 * tenant the signal names.
 *
 * <p>Concurrency: the case found is locked (SELECT ... FOR UPDATE), so signals joining one case
 * are stored one after the other. Two first signals for one household race on the unique keys
 * instead (each tenant's open key, the case's open household key); the loser rolls back and
 * {@link SignalRetry} runs it again, when it finds the winner's case. Tenant rows are written in
 * personnummer order so that two such signals do not wait for each other crosswise.
 */
@Component
class HouseholdCases {

  private static final Logger LOG = LoggerFactory.getLogger(HouseholdCases.class);

  private final EvictionCaseRepository cases;
  private final CaseTenantRepository tenants;

  HouseholdCases(EvictionCaseRepository cases, CaseTenantRepository tenants) {
    this.cases = cases;
    this.tenants = tenants;
  }

  /**
   * The household's open case, locked until the transaction ends: the case of the signal's
   * tenant, else of its first co-tenant on an open case, else of its address and landlord.
   *
   * @param s a checked signal (personnummer and postal code normalised)
   */
  Optional<EvictionCase> lockOpenCase(Signal s) {
    List<String> named = named(s);
    List<EvictionCase> found = cases.lockOpenCases(named,
        addressKey(s.street(), s.postalCode(), s.landlordOrganisationNumber()));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Long> caseOf = new HashMap<>();
    tenants.findByOpenKeyIn(named).forEach(t -> caseOf.put(t.personalNumber, t.caseId));
    for (String person : named) {
      Long id = caseOf.get(person);
      Optional<EvictionCase> theirs = found.stream().filter(c -> c.id.equals(id)).findFirst();
      if (theirs.isPresent()) {
        return theirs;
      }
    }
    EvictionCase sameAddress = found.get(0);
    LOG.info("Signal joins case {}: same address and landlord", sameAddress.caseNumber);
    return Optional.of(sameAddress);
  }

  /** A new case: every tenant the signal names is on it, the signal's tenant as its main tenant; its address. */
  void open(EvictionCase c, Signal s, String user, OffsetDateTime now) {
    c.openHouseholdKey = addressKey(c.street, c.postalCode, c.landlordOrgNumber);
    add(c, s, Set.of(), user, now);
  }

  /**
   * A signal joins the case: the tenants it names who are on no open case yet join the household
   * (one named who is on another open case stays there). A case without an address key gets one
   * when its landlord is now known and no other open case has it.
   */
  void join(EvictionCase c, Signal s, String user, OffsetDateTime now) {
    Set<String> onOpenCases = tenants.findByOpenKeyIn(named(s)).stream().map(t -> t.personalNumber)
        .collect(Collectors.toSet());
    add(c, s, onOpenCases, user, now);
    if (c.openHouseholdKey == null) {
      String key = addressKey(c.street, c.postalCode, c.landlordOrgNumber);
      if (key != null && !cases.existsByOpenHouseholdKey(key)) {
        c.openHouseholdKey = key;
      }
    }
  }

  private static void add(EvictionCase c, Signal s, Set<String> skip, String user, OffsetDateTime now) {
    List<CaseTenant> joining = new ArrayList<>();
    boolean newCase = c.tenants.isEmpty();
    if (!skip.contains(s.tenantPersonalNumber())) {
      joining.add(new CaseTenant(s.tenantPersonalNumber(), s.tenantName(), newCase, user, now));
    }
    for (Signal.CoTenant co : s.coTenants()) {
      if (!skip.contains(co.personalNumber())) {
        joining.add(new CaseTenant(co.personalNumber(), co.name(), false, user, now));
      }
    }
    joining.sort(Comparator.comparing(t -> t.personalNumber));
    c.tenants.addAll(joining);
  }

  /** The personnummer the signal names: its tenant first, then its co-tenants. */
  private static List<String> named(Signal s) {
    List<String> named = new ArrayList<>(List.of(s.tenantPersonalNumber()));
    s.coTenants().forEach(co -> named.add(co.personalNumber()));
    return named;
  }

  /**
   * The household's address as a key: the street compared without case, spaces and punctuation
   * (Sveavägen 1 A lgh 1102 and sveavägen 1A, lgh 1102 are one address), the postal code and
   * the landlord's organisationsnummer, hashed (SHA-256) so that it has a fixed length. Null
   * without a landlord: an address alone does not make a household.
   */
  static String addressKey(String street, String postalCode, String landlordOrganisationNumber) {
    if (street == null || postalCode == null || landlordOrganisationNumber == null) {
      return null;
    }
    String normalised = Normalizer.normalize(street, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]", "");
    if (normalised.isEmpty()) {
      return null;
    }
    String key = normalised + "|" + postalCode + "|" + landlordOrganisationNumber;
    try {
      return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
