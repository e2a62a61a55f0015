package se.bofast.housing;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.bofast.client.ClientService;
import se.bofast.client.ClientView;
import se.bofast.client.Needs;
import se.bofast.platform.process.SystemAccess;

/**
 * Referrals to the housing chain from another module, so that nobody falls between chairs.
 * The household is found or registered through the client register's API; client-journey
 * then starts with ids and flags only (the client's id, the referring case's number, needs
 * and situation): no personnummer and no name in any process variable or its history.
 */
@Service
@Transactional
public class JourneyReferrals {

  /**
   * An evicted household. The personnummer and name go to the client register only; the
   * string form names the eviction case and nothing else, so that it is safe in a log line.
   */
  public record EvictionReferral(String personalNumber, String fullName, Needs needs, Integer childrenInHousehold,
      Situation situation, String shelterName, String evictionCaseNumber) {

    @Override
    public String toString() {
      return "EvictionReferral[" + evictionCaseNumber + "]";
    }
  }

  private final JourneyRepository journeys;
  private final ClientService clients;
  private final RuntimeService runtimeService;
  private final SystemAccess system;

  JourneyReferrals(JourneyRepository journeys, ClientService clients, RuntimeService runtimeService,
      SystemAccess system) {
    this.journeys = journeys;
    this.clients = clients;
    this.runtimeService = runtimeService;
    this.system = system;
  }

  /**
   * After an eviction: starts client-journey for the household's client (or finds the
   * client's open journey) and returns the journey's case number.
   */
  public String referFromEviction(EvictionReferral referral, String user) {
    Optional<OpenJourney> open = openJourney(referral.personalNumber());
    if (open.isPresent()) {
      return open.get().caseNumber();
    }
    ClientView client = clients.findOrRegisterIdentified(referral.personalNumber(), referral.fullName(),
        referral.childrenInHousehold(), referral.needs(), user);
    Map<String, Object> start = new HashMap<>();
    start.put(HousingConstants.VAR_CLIENT_ID, client.id());
    start.put(HousingConstants.VAR_NEEDS, name(referral.needs()));
    start.put(HousingConstants.VAR_SITUATION, name(referral.situation()));
    if (referral.shelterName() != null) {
      start.put(HousingConstants.VAR_SHELTER_NAME, referral.shelterName());
    }
    start.put(HousingConstants.VAR_EVICTION_CASE_NUMBER, referral.evictionCaseNumber());
    String pid = system.call(() -> runtimeService.startProcessInstanceByKey(HousingConstants.PROCESS_KEY, start)
        .getId());
    return (String) system.call(() -> runtimeService.getVariable(pid, HousingConstants.VAR_CASE_NUMBER));
  }

  /** A person's open client-journey: the client's id and the journey's case number (ids only). */
  public record OpenJourney(long clientId, String caseNumber) {
  }

  /**
   * The person's open client-journey, if the person is a client in the housing chain: an
   * eviction case for a client brings in the chain's staff, the client's named team first.
   */
  @Transactional(readOnly = true)
  public Optional<OpenJourney> openJourney(String personalNumber) {
    return clients.findByPersonalNumber(personalNumber)
        .flatMap(c -> journeys.findFirstByClientIdAndStatus(c.id(), Journey.Status.OPEN))
        .map(j -> new OpenJourney(j.clientId, j.caseNumber));
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }
}
