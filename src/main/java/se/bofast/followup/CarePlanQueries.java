package se.bofast.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.bofast.followup.CarePlan.Status;
import se.bofast.followup.FollowupService.ItemView;
import se.bofast.followup.FollowupService.ParticipantView;
import se.bofast.followup.FollowupService.SipView;

/**
 * Whether a client has a current SIP, who in the target group lacks one, and the SIP as the
 * client's overview shows it: the queries behind {@link FollowupService}.
 */
@Service
@Transactional(readOnly = true)
class CarePlanQueries {

  private final CarePlanRepository plans;
  private final CarePlanParticipantRepository participants;
  private final CarePlanItemRepository items;
  private final SipTargetRepository targets;
  private final FollowupProperties properties;
  private final Clock clock;

  CarePlanQueries(CarePlanRepository plans, CarePlanParticipantRepository participants,
      CarePlanItemRepository items, SipTargetRepository targets, FollowupProperties properties, Clock clock) {
    this.plans = plans;
    this.participants = participants;
    this.items = items;
    this.targets = targets;
    this.properties = properties;
    this.clock = clock;
  }

  boolean hasCurrent(long clientId) {
    LocalDate today = today();
    return plans.findByClientIdOrderByIdAsc(clientId).stream().anyMatch(p -> isCurrent(p, today));
  }

  boolean needsSip(long clientId) {
    return targets.existsById(clientId) && !hasCurrent(clientId);
  }

  List<Long> clientsNeedingSip() {
    LocalDate today = today();
    List<Long> targetIds = targets.findAll().stream().map(t -> t.clientId).sorted().toList();
    Set<Long> covered = plans.findByClientIdIn(targetIds).stream()
        .filter(p -> isCurrent(p, today)).map(p -> p.clientId).collect(Collectors.toSet());
    return targetIds.stream().filter(id -> !covered.contains(id)).toList();
  }

  SipView view(long clientId) {
    List<CarePlan> all = plans.findByClientIdOrderByIdAsc(clientId);
    if (all.isEmpty()) {
      return new SipView("NONE", null, false, null, null, null, null, null, null, null, List.of(), List.of());
    }
    CarePlan p = all.get(all.size() - 1);
    boolean current = isCurrent(p, today());
    String status = p.status == Status.ESTABLISHED ? (current ? "CURRENT" : "OVERDUE") : p.status.name();
    return new SipView(status, p.number(), current, p.consentDate, p.meetingDate, p.establishedOn, p.coordinator,
        p.nextFollowUp, p.endedOn, p.endReason,
        participants.findByCarePlanIdOrderByIdAsc(p.id).stream()
            .map(x -> new ParticipantView(x.party, x.name, x.organisation, x.role)).toList(),
        items.findByCarePlanIdOrderByIdAsc(p.id).stream().map(x -> new ItemView(x.party, x.action)).toList());
  }

  /** Consented, established, not ended, next follow-up ≥ today − grace period. */
  private boolean isCurrent(CarePlan p, LocalDate today) {
    return p.status == Status.ESTABLISHED && p.consentDate != null && p.establishedOn != null && p.endedOn == null
        && p.nextFollowUp != null && !p.nextFollowUp.isBefore(today.minus(properties.sipGracePeriod()));
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
