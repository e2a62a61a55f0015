package se.bofast.housing;

import static se.bofast.platform.web.Inputs.notInFuture;
import static se.bofast.platform.web.Inputs.require;
import static se.bofast.platform.web.Inputs.requireText;

import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.bofast.client.Households;
import se.bofast.client.ClientNames;
import se.bofast.client.ClientService;
import se.bofast.client.ClientTeam;
import se.bofast.client.ClientView;
import se.bofast.client.Needs;
import se.bofast.platform.CaseNumbers;
import se.bofast.platform.web.InvalidInputException;

/**
 * Aktualisering: a journey opens for a client, from client-journey's start form (the client
 * found, registered or registered unidentified) or for a client another module has already
 * registered (an eviction's referral). Both entries share one set of rules for opening the
 * journey. Called by the start event's glue inside the engine's transaction.
 */
@Service
@Transactional
public class JourneyIntake {

  /** Who the person is when a journey starts (the start form's "clientType"). */
  public enum ClientType { EXISTING, NEW_IDENTIFIED, UNIDENTIFIED }

  public record StartCommand(ClientType clientType, String personalNumber, String firstName, String lastName,
      String alias, Needs needs, Integer childrenInHousehold, Situation situation, String shelterName,
      LocalDate situationSince) {
  }

  /** A journey for a client already in the register: the process carries the client's id only. */
  public record RegisteredClientStart(long clientId, Needs needs, Situation situation, String shelterName,
      LocalDate situationSince) {
  }

  public record StartedJourney(long journeyId, String caseNumber, long clientId, String clientDisplayName,
      boolean needsOutreach, boolean complexNeeds) {
  }

  private final JourneyRepository journeys;
  private final JourneyRecords records;
  private final ClientService clients;
  private final ClientNames names;
  private final CaseNumbers caseNumbers;
  private final ApplicationEventPublisher events;
  private final ClientTeam team;

  JourneyIntake(JourneyRepository journeys, JourneyRecords records, ClientService clients, ClientNames names, CaseNumbers caseNumbers,
      ApplicationEventPublisher events, ClientTeam team) {
    this.team = team;
    this.journeys = journeys;
    this.records = records;
    this.clients = clients;
    this.names = names;
    this.caseNumbers = caseNumbers;
    this.events = events;
  }

  /** The start form: finds the client by personnummer, or registers an identified or unidentified client. */
  public StartedJourney start(StartCommand cmd, String user) {
    require(cmd.clientType(), "clientType", "Ange vem ärendet gäller.");
    requireNeedsAndSituation(cmd.needs(), cmd.situation());
    Households.childrenCount(cmd.childrenInHousehold(), "childrenInHousehold");
    ClientView client = switch (cmd.clientType()) {
      case EXISTING -> clients.findByPersonalNumber(requireText(cmd.personalNumber(), "personalNumber",
              "Ange klientens personnummer eller samordningsnummer."))
          .orElseThrow(() -> new InvalidInputException("personalNumber",
              "Det finns ingen klient med detta personnummer. Välj \"Ny klient\" för att registrera klienten."));
      case NEW_IDENTIFIED -> clients.registerIdentified(
          requireText(cmd.personalNumber(), "personalNumber", "Ange personnummer eller samordningsnummer."),
          requireText(cmd.firstName(), "firstName", "Ange förnamn."),
          requireText(cmd.lastName(), "lastName", "Ange efternamn."),
          cmd.childrenInHousehold(), cmd.needs(), user);
      case UNIDENTIFIED -> clients.registerUnidentified(
          requireText(cmd.alias(), "alias", "Ange ett alias för den oidentifierade personen."), cmd.needs(), user);
    };
    if (cmd.clientType() == ClientType.EXISTING && cmd.childrenInHousehold() != null) {
      clients.updateHousehold(client.id(), cmd.childrenInHousehold());
    }
    return open(client, cmd.needs(), cmd.situation(), cmd.shelterName(), cmd.situationSince(), user);
  }

  /** A client already in the register (by id): the same rules as the start form, without the personal data. */
  public StartedJourney startForClient(RegisteredClientStart cmd, String user) {
    requireNeedsAndSituation(cmd.needs(), cmd.situation());
    return open(clients.get(cmd.clientId()), cmd.needs(), cmd.situation(), cmd.shelterName(), cmd.situationSince(),
        user);
  }

  public void attachProcessInstance(long journeyId, String processInstanceId) {
    records.journey(journeyId).processInstanceId = processInstanceId;
  }

  private static void requireNeedsAndSituation(Needs needs, Situation situation) {
    require(needs, "needs", "Ange klientens behov (missbruk, psykisk ohälsa eller båda).");
    require(situation, "situation", "Ange var klienten befinner sig.");
  }

  /** One open journey per client; at the shelter, the journey begins with the shelter placement. */
  private StartedJourney open(ClientView client, Needs needs, Situation situation, String shelterName,
      LocalDate situationSince, String user) {
    journeys.findFirstByClientIdAndStatus(client.id(), Journey.Status.OPEN)
        .ifPresent(j -> {
          throw new InvalidInputException("personalNumber",
              "Klienten har redan ett öppet ärende i vårdkedjan (" + j.caseNumber + ").");
        });
    boolean complexNeeds = client.complexNeeds() || needs == Needs.BOTH;
    Journey journey = journeys.save(new Journey(caseNumbers.next("VK", "journey_case_number_seq"), client.id(),
        complexNeeds, records.now(), user));
    if (situation == Situation.HARBARGE) {
      LocalDate since = situationSince == null ? records.today() : situationSince;
      notInFuture(since, records.today(), "situationSince");
      records.openPlacement(journey, Step.HARBARGE,
          requireText(shelterName, "shelterName", "Ange vilket härbärge klienten bor på."), null, since, user);
    }
    boolean needsOutreach = !client.identified() || situation != Situation.OTHER;
    team.takeOn(client.id(), user);
    events.publishEvent(new JourneyStarted(client.id(), journey.caseNumber, complexNeeds));
    return new StartedJourney(journey.id, journey.caseNumber, client.id(),
        names.taskDisplayName(client.id(), journey.caseNumber), needsOutreach,
        complexNeeds);
  }
}
