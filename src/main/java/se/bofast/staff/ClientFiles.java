package se.bofast.staff;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.bofast.client.ClientAccess;
import se.bofast.client.ClientProtection;
import se.bofast.client.ClientService;
import se.bofast.client.ClientTasks;
import se.bofast.client.ClientTeam;
import se.bofast.client.ClientView;
import se.bofast.client.TeamRole;
import se.bofast.eviction.CaseView;
import se.bofast.eviction.CaseViews;
import se.bofast.followup.FollowupService;
import se.bofast.housing.JourneyViews;
import se.bofast.housing.JourneyViews.JourneyView;
import se.bofast.housing.JourneyViews.PlacementView;

/**
 * Puts a client's file together from the modules' read models (client, team and open tasks from
 * client; journeys from housing; eviction cases from eviction; follow-ups and SIP from followup).
 * The caller has checked who may read it ({@link se.bofast.client.ClientAccess}).
 */
@Service
@Transactional(readOnly = true)
class ClientFiles {

  private final ClientService clients;
  private final ClientTeam team;
  private final ClientTasks tasks;
  private final JourneyViews journeys;
  private final CaseViews evictionCases;
  private final FollowupService followups;
  private final StaffNames names;
  private final ClientAccess clientAccess;
  private final ClientProtection protection;

  ClientFiles(ClientService clients, ClientTeam team, ClientTasks tasks, JourneyViews journeys, CaseViews evictionCases,
      FollowupService followups, StaffNames names, ClientAccess clientAccess, ClientProtection protection) {
    this.clientAccess = clientAccess;
    this.protection = protection;
    this.clients = clients;
    this.team = team;
    this.tasks = tasks;
    this.journeys = journeys;
    this.evictionCases = evictionCases;
    this.followups = followups;
    this.names = names;
  }

  /**
   * The file as the user may read it: a protected client's identity only for the team and the
   * enhetschef ({@code mayChangeTeam}); for others no identity and no places of stay.
   */
  ClientFile file(long clientId, String userId, boolean mayChangeTeam) {
    ClientView client = clients.get(clientId);
    ClientView shown = clientAccess.identityFor(client, userId);
    List<JourneyView> chain = journeys.forClient(clientId);
    if (shown.identityHidden()) {
      chain = chain.stream().map(JourneyView::withoutPlaces).toList();
    }
    return new ClientFile(shown, team(clientId, mayChangeTeam), currentStep(chain).orElse(null), chain,
        openTasks(clientId), cases(client), followups(clientId), mayChangeTeam ? protection.view(clientId) : null);
  }


  /** The open placement of the client's latest open journey, if any. */
  static Optional<ClientFile.Step> currentStep(List<JourneyView> chain) {
    return chain.stream().filter(JourneyView::open).reduce((first, second) -> second)
        .flatMap(j -> j.placements().stream().filter(p -> p.endDate() == null)
            .max(Comparator.comparing(PlacementView::startDate))
            .map(p -> new ClientFile.Step(p.step().name(), p.step().label(), p.startDate(), j.caseNumber())));
  }

  List<ClientFile.Task> openTasks(long clientId) {
    return tasks.open(clientId).stream()
        .map(t -> new ClientFile.Task(t.id(), t.name(), t.assignee(), names.name(t.assignee()), t.due(),
            t.caseNumber(), t.candidateGroups()))
        .toList();
  }

  private ClientFile.Team team(long clientId, boolean mayChange) {
    List<ClientFile.Holder> current = team.team(clientId).current().stream()
        .sorted(Comparator.comparing(h -> h.role().ordinal()))
        .map(h -> new ClientFile.Holder(h.role(), h.userId(), names.name(h.userId()), h.heldFrom()))
        .toList();
    Map<TeamRole, List<StaffNames.Person>> candidates = new EnumMap<>(TeamRole.class);
    if (mayChange) {
      for (TeamRole role : TeamRole.values()) {
        candidates.put(role, names.members(role.group()));
      }
    }
    return new ClientFile.Team(current, mayChange, candidates);
  }

  private ClientFile.Followups followups(long clientId) {
    FollowupService.ClientFollowups all = followups.overview(clientId);
    return new ClientFile.Followups(all.assessments().stream()
        .map(a -> new ClientFile.Assessment(a.kind(), a.date(), a.doneBy(), a.caseNumber())).toList(),
        all.followups(), all.sip(), all.needsSip());
  }

  private List<ClientFile.EvictionCase> cases(ClientView client) {
    if (client.personalNumber() == null) {
      return List.of();
    }
    return evictionCases.forTenant(client.personalNumber()).stream().map(ClientFiles::evictionCase).toList();
  }

  private static ClientFile.EvictionCase evictionCase(CaseView c) {
    return new ClientFile.EvictionCase(c.caseId(), c.caseNumber(), c.status(), c.priority(), c.contactDeadline(),
        c.reclaimDeadline(), c.evictionDate(), c.rentDebtSek(), c.firstContactOn(),
        c.outcome() == null ? null : c.outcome().name(), c.closedOn());
  }
}
