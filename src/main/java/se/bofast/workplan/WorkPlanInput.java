package se.bofast.workplan;

import java.time.LocalDate;
import java.util.List;

/**
 * A work plan as the page saves it (PUT): the four areas with a goal and who does what, the
 * agreed contact when rent debt threatens, the follow-up date; {@code version} the version the
 * writer read (a save over a newer version is refused), absent for a new plan.
 */
public record WorkPlanInput(List<AreaInput> areas, ContactInput rentDebtContact, LocalDate followUpOn, Integer version) {

  /** One life area: its goal and the actions towards it. */
  public record AreaInput(WorkPlanArea area, String goal, List<ActionInput> actions) {
  }

  /**
   * What is to be done and who does it: {@code CLIENT} (the client's own part, no
   * {@code responsible}), {@code ROLE} ({@code responsible} a {@link ResponsibleRole}) or
   * {@code STAFF} ({@code responsible} a staff member's user id).
   */
  public record ActionInput(String what, ResponsibleKind responsibleKind, String responsible) {
  }

  /** The socialsekreterare to contact when rent debt threatens, and how the contact goes. */
  public record ContactInput(String userId, String agreement) {
  }
}
