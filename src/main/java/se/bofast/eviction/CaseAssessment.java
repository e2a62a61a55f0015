package se.bofast.eviction;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import se.bofast.platform.process.SystemAccess;

/**
 * What a case knows and how urgent it is: the facts a signal brings, and the återvinningsfrist,
 * priority and contact deadline recomputed from them. Shared by the signal intake and the
 * process steps that learn something new (the children in the household).
 */
@Component
class CaseAssessment {

  private static final Comparator<EvictionPriority.Result> MOST_URGENT =
      Comparator.comparingInt(EvictionPriority.Result::contactWithinDays);

  private final EvictionPriority priority;
  private final EvictionRequirements requirements;
  private final EvictionDeadlines deadlines;
  private final EvictionProperties properties;
  private final SystemAccess system;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  CaseAssessment(EvictionPriority priority, EvictionRequirements requirements, EvictionDeadlines deadlines,
      EvictionProperties properties, SystemAccess system, Clock clock, ApplicationEventPublisher events) {
    this.priority = priority;
    this.requirements = requirements;
    this.deadlines = deadlines;
    this.properties = properties;
    this.system = system;
    this.clock = clock;
    this.events = events;
  }

  /** What the new signal knows better: later facts replace earlier ones, unknowns never erase knowns. */
  static void apply(EvictionCase c, Signal s) {
    if (s.childrenInHousehold() != null) {
      c.childrenInHousehold = s.childrenInHousehold();
    }
    if (s.rentDebtSek() != null) {
      c.rentDebtSek = s.rentDebtSek();
    }
    if (s.noticeServedDate() != null) {
      c.noticeServedDate = s.noticeServedDate();
    }
    if (s.socialServicesNotifiedDate() != null) {
      c.socialServicesNotifiedDate = s.socialServicesNotifiedDate();
    }
    if (s.evictionDate() != null) {
      c.evictionAt = s.evictionDate();
    }
    if (s.landlordName() != null) {
      c.landlordName = s.landlordName();
      c.landlordOrgNumber = s.landlordOrganisationNumber();
    }
  }

  /**
   * Recomputes the återvinningsfrist, the priority (most urgent over all signal types seen), what
   * the signal types require (eviction-case-requirements: the dates that cap the contact deadline,
   * a landlord meeting) and the contact deadline from the case and all its signals
   * ({@code received}, the latest included). The contact deadline is the priority's, capped to
   * bofast.eviction.contact-cap-working-days before the återvinningsfrist and Kronofogden's date
   * as the signal types require, whenever a signal brings them; a later signal only ever moves
   * it earlier, and not at all once the household has been reached. A cap that has passed
   * gives today (or the next working day). The changes are written when the transaction ends.
   */
  void reassess(EvictionCase c, boolean newCase, List<EvictionSignal> received) {
    List<String> types = received.stream().map(x -> x.type.name()).distinct().toList();
    boolean rentArrears = types.contains(SignalType.RENT_ARREARS.name());
    c.reclaimDeadline = rentArrears ? deadlines.reclaimDeadline(c.noticeServedDate, c.socialServicesNotifiedDate) : null;
    LocalDate today = LocalDate.now(clock);
    Integer daysUntilEviction = c.evictionAt == null ? null
        : (int) ChronoUnit.DAYS.between(today, c.evictionAt.toLocalDate());
    EvictionPriority.Result result = system.call(() -> types.stream()
        .map(type -> priority.evaluate(c.childrenInHousehold, type, daysUntilEviction, c.rentDebtSek))
        .min(MOST_URGENT).orElseThrow());
    EvictionRequirements.Result required = system.call(() -> requirements.evaluateAll(types));
    boolean wasUrgent = EvictionConstants.PRIORITY_URGENT.equals(c.priority);
    c.priority = result.priority();
    if (!newCase && !wasUrgent && EvictionConstants.PRIORITY_URGENT.equals(c.priority)) {
      // a new case is announced by SignalIntake once it is stored and has its id
      events.publishEvent(new UrgentCaseRaised(c.id, c.caseNumber));
    }
    c.landlordMeetingNeeded = required.landlordMeetingNeeded();
    if (c.firstContactOn == null) {
      LocalDate due = deadlines.capContactDeadline(deadlines.addWorkingDays(today, result.contactWithinDays()), today,
          properties.contactCapWorkingDays(),
          required.capByReclaimDeadline() ? c.reclaimDeadline : null,
          required.capByEvictionDate() && c.evictionAt != null ? c.evictionAt.toLocalDate() : null);
      c.contactDeadline = newCase || due.isBefore(c.contactDeadline) ? due : c.contactDeadline;
    }
  }
}
