package se.bofast.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import se.bofast.client.ClientProtection;

/**
 * Every read of a protected person (issue 15 item 3: a client whose file is protected by a
 * marking of the client or of a household member, client.ClientProtection): one finding per
 * reader, day and client, with the number of reads — whoever the reader is, the team and the
 * enhetschef included, since the law asks that each read of such a file can be accounted for.
 * Protection is as it stands when the review runs.
 */
@Component
class ProtectedPersonReads implements ReviewRule {

  private final ClientProtection protection;

  ProtectedPersonReads(ClientProtection protection) {
    this.protection = protection;
  }

  @Override
  public List<Finding> findings(List<AccessLog.Row> reads) {
    Set<Long> protectedClients = protection.protectedClientIds();
    Map<String, List<AccessLog.Row>> byUserDayClient = new LinkedHashMap<>();
    for (AccessLog.Row read : reads) {
      if (read.clientId() != null && protectedClients.contains(read.clientId())) {
        LocalDate day = read.occurredAt().atZoneSameInstant(AccessLogQueries.ZONE).toLocalDate();
        byUserDayClient.computeIfAbsent(read.userId() + '\u0000' + day + '\u0000' + read.clientId(),
            k -> new ArrayList<>()).add(read);
      }
    }
    List<Finding> findings = new ArrayList<>();
    byUserDayClient.values().forEach(rows -> {
      AccessLog.Row first = rows.get(0);
      LocalDate day = first.occurredAt().atZoneSameInstant(AccessLogQueries.ZONE).toLocalDate();
      findings.add(new Finding(PROTECTED_PERSON, first.userId(), day, first.clientId(), first.caseId(),
          first.caseNumber(), rows.size(), first.id()));
    });
    return findings;
  }
}
