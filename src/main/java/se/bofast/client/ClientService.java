package se.bofast.client;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Service;
import se.bofast.platform.web.InvalidInputException;

/** INTERIM in-memory stand-in until the client module (branch client-module) is merged. */
@Service
public class ClientService {

  private final Map<Long, ClientView> clients = new HashMap<>();
  private final Map<Long, TreatmentFacts> facts = new HashMap<>();
  private final AtomicLong ids = new AtomicLong();

  public synchronized ClientView registerIdentified(String personalNumber, String firstName, String lastName,
      Integer childrenInHousehold, Needs needs, String registeredBy) {
    String pnr = normalizePersonalNumber(personalNumber);
    if (findByPersonalNumber(pnr).isPresent()) {
      throw new InvalidInputException("personalNumber", "Det finns redan en klient med detta personnummer.");
    }
    long id = ids.incrementAndGet();
    ClientView c = new ClientView(id, true, pnr, false, null, firstName, lastName, childrenInHousehold, needs,
        firstName + " " + lastName.charAt(0) + ".");
    clients.put(id, c);
    return c;
  }

  public synchronized ClientView registerUnidentified(String alias, Needs needs, String registeredBy) {
    long id = ids.incrementAndGet();
    ClientView c = new ClientView(id, false, null, false, alias, null, null, null, needs, alias + " (oidentifierad)");
    clients.put(id, c);
    return c;
  }

  public synchronized ClientView identify(long clientId, String personalNumber, String firstName, String lastName,
      String identifiedBy) {
    ClientView old = get(clientId);
    ClientView c = new ClientView(clientId, true, normalizePersonalNumber(personalNumber), false, old.alias(),
        firstName, lastName, old.childrenInHousehold(), old.needs(), firstName + " " + lastName.charAt(0) + ".");
    clients.put(clientId, c);
    return c;
  }

  public synchronized ClientView get(long clientId) {
    ClientView c = clients.get(clientId);
    if (c == null) {
      throw new InvalidInputException("clientId", "Klienten finns inte (id " + clientId + ").");
    }
    return c;
  }

  public synchronized Optional<ClientView> findByPersonalNumber(String personalNumber) {
    String pnr = normalizePersonalNumber(personalNumber);
    return clients.values().stream().filter(c -> pnr.equals(c.personalNumber())).findFirst();
  }

  public synchronized void updateHousehold(long clientId, int childrenInHousehold) {
    ClientView o = get(clientId);
    clients.put(clientId, new ClientView(o.id(), o.identified(), o.personalNumber(), o.coordinationNumber(),
        o.alias(), o.firstName(), o.lastName(), childrenInHousehold, o.needs(), o.displayName()));
  }

  public synchronized void recordFact(long clientId, FactKind kind, LocalDate date, String recordedBy) {
    get(clientId);
    TreatmentFacts f = facts.getOrDefault(clientId, new TreatmentFacts(null, null));
    facts.put(clientId, kind == FactKind.TREATMENT_COMPLETED
        ? new TreatmentFacts(date, f.drugFreeSince()) : new TreatmentFacts(f.treatmentCompletedOn(), date));
  }

  public synchronized TreatmentFacts treatmentFacts(long clientId) {
    return facts.getOrDefault(clientId, new TreatmentFacts(null, null));
  }

  public static String normalizePersonalNumber(String input) {
    String digits = input == null ? "" : input.replaceAll("[^0-9]", "");
    if (digits.length() != 12) {
      throw new InvalidInputException("personalNumber", "Ogiltigt personnummer eller samordningsnummer: " + input);
    }
    return digits;
  }
}
