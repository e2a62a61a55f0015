package se.bofast.workplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A client's work plan as GET answers it: the current version's content, who changed it last
 * and when, and the history of every version (who changed what, when).
 */
public record WorkPlanView(long clientId, String caseNumber, int version, List<AreaView> areas,
    ContactView rentDebtContact, LocalDate followUpOn, boolean ended, Instant updatedAt, Person updatedBy,
    List<Change> history) {

  public record AreaView(WorkPlanArea area, String label, String goal, List<ActionView> actions) {
  }

  /** {@code who}: the name of the staff member, the role's name, or "Klienten". */
  public record ActionView(String what, String who, ResponsibleKind responsibleKind, String responsible) {
  }

  public record ContactView(String userId, String name, String agreement) {
  }

  public record Person(String userId, String name) {
  }

  /** One version: what made it (SAVED, FOLLOWED_UP, ENDED), when, by whom, and what it changed (Swedish). */
  public record Change(int version, String event, Instant changedAt, Person changedBy, List<String> changes) {
  }
}
