package se.bofast.client;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.bofast.platform.web.InvalidInputException;

/**
 * Sets and clears markings (protected identity) of a client or of a household member, keeping
 * every marking with who set and cleared it and when; then brings the processes' display names
 * in line ({@link DisplayNameRefresh}) and tells other modules ({@link ClientProtectionChanged}).
 * The caller has checked who may ({@link ClientProtection#mayChange}). One transaction.
 */
@Service
@Transactional
public class ProtectionMarkings {

  private final ProtectionRepository markings;
  private final ClientService clients;
  private final ClientProtection protection;
  private final DisplayNameRefresh refresh;
  private final ApplicationEventPublisher events;
  private final Clock clock = Clock.system(ClientConstants.ZONE);

  ProtectionMarkings(ProtectionRepository markings, ClientService clients, ClientProtection protection,
      DisplayNameRefresh refresh, ApplicationEventPublisher events) {
    this.markings = markings;
    this.clients = clients;
    this.protection = protection;
    this.refresh = refresh;
    this.events = events;
  }

  /**
   * Marks the client (memberPersonalNumber null) or a member of the client's household. A person's
   * other current marking is ended by the new one; the same marking again changes nothing.
   */
  public ProtectionView set(long clientId, ProtectionMarking marking, String memberPersonalNumber, String by) {
    if (marking == null) {
      throw new InvalidInputException("marking",
          "Ange markering: SEKRETESSMARKERING, SKYDDAD_FOLKBOKFORING eller FINGERADE_PERSONUPPGIFTER.");
    }
    ClientView client = clients.get(clientId);
    String member = member(client, memberPersonalNumber);
    Instant now = clock.instant();
    var current = markings.findByCurrentSubject(ProtectionEntity.subject(clientId, member));
    if (current.isPresent() && current.get().marking() == marking) {
      return protection.view(clientId);
    }
    current.ifPresent(old -> {
      old.clear(now, by);
      markings.saveAndFlush(old);
    });
    markings.saveAndFlush(new ProtectionEntity(clientId, member, marking, now, by));
    return changed(client, member);
  }

  /** Ends the current marking of the client or of the household member. */
  public ProtectionView clear(long clientId, String memberPersonalNumber, String by) {
    ClientView client = clients.get(clientId);
    String member = member(client, memberPersonalNumber);
    ProtectionEntity current = markings.findByCurrentSubject(ProtectionEntity.subject(clientId, member))
        .orElseThrow(() -> new InvalidInputException(member == null ? "marking" : "memberPersonalNumber",
            member == null ? "Klienten har ingen markering att ta bort."
                : "Hushållsmedlemmen har ingen markering att ta bort."));
    current.clear(clock.instant(), by);
    markings.saveAndFlush(current);
    return changed(client, member);
  }

  private ProtectionView changed(ClientView client, String member) {
    refresh.refresh(client.id());
    Set<String> people = new LinkedHashSet<>();
    if (client.personalNumber() != null) {
      people.add(client.personalNumber());
    }
    if (member != null) {
      people.add(member);
    }
    events.publishEvent(new ClientProtectionChanged(client.id(), Set.copyOf(people)));
    return protection.view(client.id());
  }

  /** The household member's normalised personnummer, or null for the client itself (also when the client's own number is given). */
  private static String member(ClientView client, String memberPersonalNumber) {
    if (memberPersonalNumber == null || memberPersonalNumber.isBlank()) {
      return null;
    }
    String normalized;
    try {
      normalized = ClientService.normalizePersonalNumber(memberPersonalNumber);
    } catch (InvalidInputException wrong) {
      throw new InvalidInputException("memberPersonalNumber", wrong.faults().get(0).message());
    }
    return normalized.equals(client.personalNumber()) ? null : normalized;
  }
}
