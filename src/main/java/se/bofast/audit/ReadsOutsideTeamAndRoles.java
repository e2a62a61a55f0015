package se.bofast.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import se.bofast.client.ClientTeamView;
import se.bofast.identity.Groups;

/**
 * Reads of a client by someone who was not on the client's team at the moment of the read and is
 * in none of the groups that work the client's tasks. The enhetschef and the administrators, who
 * may read every client, are left out. One finding per reader, client and day. (Reads of an
 * eviction case without a client are not judged here: /api/eviction-cases is open only to the
 * roles that work every case.)
 */
@Component
class ReadsOutsideTeamAndRoles implements ReviewRule {

  private static final Set<String> READ_EVERYTHING = Set.of(Groups.ENHETSCHEF, Groups.ADMIN);

  private final ClientWork work;

  ReadsOutsideTeamAndRoles(ClientWork work) {
    this.work = work;
  }

  private record Key(String userId, long clientId, LocalDate day) {
  }

  @Override
  public List<Finding> findings(List<AccessLog.Row> reads) {
    Map<String, Set<String>> groups = new HashMap<>();
    Map<Long, Set<String>> roles = new HashMap<>();
    Map<Long, ClientTeamView> teams = new HashMap<>();
    Map<Key, List<AccessLog.Row>> outside = new LinkedHashMap<>();
    for (AccessLog.Row read : reads) {
      if (read.clientId() == null) {
        continue;
      }
      Set<String> userGroups = groups.computeIfAbsent(read.userId(), work::groups);
      if (!Collections.disjoint(userGroups, READ_EVERYTHING)
          || ClientWork.onTeam(teams.computeIfAbsent(read.clientId(), work::team), read.userId(),
              read.occurredAt().toInstant())
          || !Collections.disjoint(userGroups, roles.computeIfAbsent(read.clientId(), work::roles))) {
        continue;
      }
      Key key = new Key(read.userId(), read.clientId(),
          read.occurredAt().atZoneSameInstant(AccessLogQueries.ZONE).toLocalDate());
      outside.computeIfAbsent(key, k -> new ArrayList<>()).add(read);
    }
    List<Finding> findings = new ArrayList<>();
    outside.forEach((key, rows) -> findings.add(new Finding(OUTSIDE_TEAM_AND_ROLES, key.userId(), key.day(),
        key.clientId(), null, null, rows.size(), rows.get(0).id())));
    return findings;
  }
}
