package se.bofast.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import se.bofast.client.ClientProtection;
import se.bofast.eviction.ProtectedCases;

/**
 * Every read of a protected person (issue 15 item 3: a client whose file is protected by a
 * marking of the client or of a household member, client.ClientProtection, or an eviction case
 * with such a tenant, eviction.ProtectedCases): one finding per reader, day and client or case,
 * with the number of reads — whoever the reader is, the team and the
 * enhetschef included, since the law asks that each read of such a file can be accounted for.
 * Protection is as it stands when the review runs.
 */
@Component
class ProtectedPersonReads implements ReviewRule {

  private final ClientProtection protection;
  private final ProtectedCases cases;

  ProtectedPersonReads(ClientProtection protection, ProtectedCases cases) {
    this.protection = protection;
    this.cases = cases;
  }

  @Override
  public List<Finding> findings(List<AccessLog.Row> reads) {
    Set<Long> protectedClients = protection.protectedClientIds();
    Set<Long> protectedCases = cases.protectedCaseIds();
    Map<String, List<AccessLog.Row>> byUserDayClient = new LinkedHashMap<>();
    for (AccessLog.Row read : reads) {
      boolean client = read.clientId() != null && protectedClients.contains(read.clientId());
      if (client || read.caseId() != null && protectedCases.contains(read.caseId())) {
        LocalDate day = read.occurredAt().atZoneSameInstant(AccessLogQueries.ZONE).toLocalDate();
        String subject = client ? "k" + read.clientId() : "c" + read.caseId();
        byUserDayClient.computeIfAbsent(read.userId() + '\u0000' + day + '\u0000' + subject,
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
