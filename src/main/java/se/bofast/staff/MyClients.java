package se.bofast.staff;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.bofast.client.ClientService;
import se.bofast.client.ClientTasks;
import se.bofast.client.ClientTeam;
import se.bofast.client.TeamRole;
import se.bofast.housing.JourneyViews;

/** "Mina klienter": the clients in whose team the user holds a role, with the step and the next due task. */
@Service
@Transactional(readOnly = true)
class MyClients {

  /** One of the user's clients: roles held, where in the chain, the earliest due open task. */
  record MyClient(long clientId, String displayName, List<TeamRole> roles, ClientFile.Step currentStep,
      Instant nextDue, String nextTask, int openTasks) {
  }

  private final ClientTeam team;
  private final ClientService clients;
  private final JourneyViews journeys;
  private final ClientTasks tasks;

  MyClients(ClientTeam team, ClientService clients, JourneyViews journeys, ClientTasks tasks) {
    this.team = team;
    this.clients = clients;
    this.journeys = journeys;
    this.tasks = tasks;
  }

  List<MyClient> of(String userId) {
    return team.clientsOf(userId).entrySet().stream().map(this::row).toList();
  }

  private MyClient row(Map.Entry<Long, List<TeamRole>> entry) {
    long clientId = entry.getKey();
    List<ClientTasks.OpenTask> open = tasks.open(clientId);
    ClientTasks.OpenTask next = open.stream().filter(t -> t.due() != null).findFirst().orElse(null);
    return new MyClient(clientId, clients.get(clientId).displayName(), entry.getValue(),
        ClientFiles.currentStep(journeys.forClient(clientId)).orElse(null),
        next == null ? null : next.due(), next == null ? null : next.name(), open.size());
  }
}
