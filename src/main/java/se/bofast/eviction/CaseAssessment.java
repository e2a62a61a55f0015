package se.bofast.eviction;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
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
  private final EvictionDeadlines deadlines;
  private final SystemAccess system;
  private final Clock clock;

  CaseAssessment(EvictionPriority priority, EvictionDeadlines deadlines, SystemAccess system, Clock clock) {
    this.priority = priority;
    this.deadlines = deadlines;
    this.system = system;
    this.clock = clock;
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
   * Recomputes the återvinningsfrist, the priority (most urgent over all signal types seen) and
   * the contact deadline from the case and all its signals ({@code received}, the latest included).
   * The changes are written when the transaction ends.
   */
  void reassess(EvictionCase c, boolean newCase, List<EvictionSignal> received) {
    boolean rentArrears = received.stream().anyMatch(x -> x.type == SignalType.RENT_ARREARS);
    c.reclaimDeadline = rentArrears ? deadlines.reclaimDeadline(c.noticeServedDate, c.socialServicesNotifiedDate) : null;
    LocalDate today = LocalDate.now(clock);
    Integer daysUntilEviction = c.evictionAt == null ? null
        : (int) ChronoUnit.DAYS.between(today, c.evictionAt.toLocalDate());
    EvictionPriority.Result result = system.call(() -> received.stream()
        .map(x -> x.type.name()).distinct()
        .map(type -> priority.evaluate(c.childrenInHousehold, type, daysUntilEviction, c.rentDebtSek))
        .min(MOST_URGENT).orElseThrow());
    c.priority = result.priority();
    if (c.firstContactOn == null) {
      LocalDate due = deadlines.addWorkingDays(today, result.contactWithinDays());
      c.contactDeadline = newCase || due.isBefore(c.contactDeadline) ? due : c.contactDeadline;
    }
  }
}
