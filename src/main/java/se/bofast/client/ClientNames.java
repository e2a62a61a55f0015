package se.bofast.client;

import java.util.Collection;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one function that computes the name Tasklist shows for a client's task and process (the
 * process variable {@code clientDisplayName}, copied onto each task): "Kim L." ({@link DisplayNames}),
 * or the case number when the client's identity is protected ({@link ClientProtection}). Every
 * module that sets {@code clientDisplayName} calls it; a change of a marking brings the running
 * processes in line ({@link DisplayNameRefresh}).
 */
@Component
@Transactional(readOnly = true)
public class ClientNames {

  /** The name Tasklist shows on the tasks of a process about a client (a fallback when a protected process has no case number). */
  public static final String PROTECTED = "Skyddade personuppgifter";

  private final ClientService clients;
  private final ClientProtection protection;

  ClientNames(ClientService clients, ClientProtection protection) {
    this.clients = clients;
    this.protection = protection;
  }

  /** The display name of a registered client's process with this case number. */
  public String taskDisplayName(long clientId, String caseNumber) {
    return protection.isProtected(clientId) ? caseLabel(caseNumber) : clients.get(clientId).displayName();
  }

  /**
   * The display name of a household's case whose tenants are known by personnummer and name (an
   * eviction case, also for tenants who are not clients): the case number when any tenant is protected.
   */
  public String tenantDisplayName(Collection<String> personalNumbers, String fullName, String caseNumber) {
    return protection.anyProtected(personalNumbers) ? caseLabel(caseNumber) : DisplayNames.of(fullName);
  }

  static String caseLabel(String caseNumber) {
    return caseNumber == null || caseNumber.isBlank() ? PROTECTED : caseNumber;
  }
}
