package se.bofast.client;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.bofast.identity.Groups;

/**
 * Protected identity (skyddade personuppgifter): which clients are protected and who may see
 * their identity. A client's file is protected while the client or a member of the client's
 * household has a current marking (the household shares the address, so a member's marking
 * protects it too). Then only the client's named team and the enhetschef see identity and
 * contact details; everyone else who may read the file sees the case number. The address of a
 * protected person is shown to nobody.
 */
@Service
@Transactional(readOnly = true)
public class ClientProtection {

  private final ProtectionRepository markings;
  private final ClientRepository clients;
  private final ClientTeam team;
  private final IdentityService identity;

  ClientProtection(ProtectionRepository markings, ClientRepository clients, ClientTeam team,
      IdentityService identity) {
    this.markings = markings;
    this.clients = clients;
    this.team = team;
    this.identity = identity;
  }

  /** Whether the client's file is protected now. */
  public boolean isProtected(long clientId) {
    return markings.existsByClientIdAndCurrentSubjectIsNotNull(clientId);
  }

  /** The ids of every client whose file is protected now. */
  public Set<Long> protectedClientIds() {
    return new TreeSet<>(markings.findProtectedClientIds());
  }

  /**
   * Whether a person (a personnummer, as typed or normalised) is protected: a protected client's
   * own number, or a household member's with a current marking.
   */
  public boolean isProtectedPerson(String personalNumber) {
    String normalized = normalized(personalNumber);
    if (normalized == null) {
      return false;
    }
    if (!markings.findClientIdsProtectingMember(normalized).isEmpty()) {
      return true;
    }
    return clients.findByPersonalNumber(normalized).map(c -> isProtected(c.getId())).orElse(false);
  }

  /** Whether any of these people (a household's tenants) is protected. */
  public boolean anyProtected(Collection<String> personalNumbers) {
    return personalNumbers.stream().anyMatch(this::isProtectedPerson);
  }

  /** Whether the user may see the client's identity and contact details: not protected, or the team, or the enhetschef. */
  public boolean mayIdentify(long clientId, String userId, List<String> groups) {
    return !isProtected(clientId) || mayChange(clientId, userId, groups);
  }

  /** {@link #mayIdentify} for the logged-in user (nobody logged in: false for a protected client). */
  public boolean currentUserMayIdentify(long clientId) {
    Authentication user = identity.getCurrentAuthentication();
    if (user == null || user.getUserId() == null) {
      return !isProtected(clientId);
    }
    return mayIdentify(clientId, user.getUserId(), user.getGroupIds() == null ? List.of() : user.getGroupIds());
  }

  /**
   * The personnummer of every protected person: the protected clients' own and the household
   * members' with a current marking (for a module that holds people by personnummer: eviction's tenants).
   */
  public Set<String> protectedPersonalNumbers() {
    Set<String> numbers = new TreeSet<>(markings.findProtectedMemberNumbers());
    clients.findAllById(markings.findProtectedClientIds()).stream().map(c -> c.toView().personalNumber())
        .filter(java.util.Objects::nonNull).forEach(numbers::add);
    return numbers;
  }

  /**
   * Whether the user may see a person's identity: a person who is not protected, or whose protected
   * client file has the user on its team; the enhetschef always.
   */
  public boolean mayIdentifyPerson(String personalNumber, String userId, List<String> groups) {
    if (groups.contains(Groups.ENHETSCHEF) || !isProtectedPerson(personalNumber)) {
      return true;
    }
    String normalized = normalized(personalNumber);
    List<Long> protecting = new java.util.ArrayList<>(markings.findClientIdsProtectingMember(normalized));
    clients.findByPersonalNumber(normalized).ifPresent(c -> protecting.add(c.getId()));
    return protecting.stream().anyMatch(id -> isProtected(id) && team.isMember(id, userId));
  }

  /** Whether the user may set or clear the client's markings and read them: the client's team or the enhetschef. */
  public boolean mayChange(long clientId, String userId, List<String> groups) {
    return groups.contains(Groups.ENHETSCHEF) || team.isMember(clientId, userId);
  }

  /** The client's markings, current and past. */
  public ProtectionView view(long clientId) {
    List<ProtectionView.Marking> history = markings.findByClientIdOrderBySetAtAscIdAsc(clientId).stream()
        .map(ProtectionEntity::toView).toList();
    List<ProtectionView.Marking> current = history.stream().filter(m -> m.clearedAt() == null).toList();
    return new ProtectionView(clientId, !current.isEmpty(), current, history);
  }

  private static String normalized(String personalNumber) {
    if (personalNumber == null || personalNumber.isBlank()) {
      return null;
    }
    try {
      return ClientService.normalizePersonalNumber(personalNumber);
    } catch (RuntimeException notANumber) {
      return null;
    }
  }
}
